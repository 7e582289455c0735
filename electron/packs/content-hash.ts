// A pack's content hash, kept apart from the loader so a start with unchanged packs never loads the YAML parser
// or the pack schemas: the backend compares this hash with the imported one and parses only when they differ.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext) && statSync(join(dir, f)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/**
 * The version of how packs are read and stored. Bump it when the loader or the stored question format changes,
 * so every learner's bundled packs are imported again with the fix, even though the pack files did not change.
 */
export const PACK_LOADER_VERSION = 2;

function hashFiles(root: string, files: string[], loaderVersion: number): string {
  const h = createHash('sha256');
  h.update(`proctor-pack-loader-${loaderVersion}\0`);
  for (const f of [...files].sort()) {
    h.update(relative(root, f).split('\\').join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The hash of every file a pack is made of; cheap enough to check at each start before parsing anything. */
export function packContentHash(dir: string, loaderVersion = PACK_LOADER_VERSION): string {
  const qDir = join(dir, 'questions');
  const notesDir = join(dir, 'notes');
  const files = [
    join(dir, 'pack.yaml'),
    ...listFiles(notesDir, '.md').map((f) => join(notesDir, f)),
    ...listFiles(qDir, '.yaml').concat(listFiles(qDir, '.yml')).map((f) => join(qDir, f)),
  ];
  return hashFiles(dir, files, loaderVersion);
}
