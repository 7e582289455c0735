// Course-notes section titles by link (`file.md#anchor`), for naming where a question is taught.
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export function noteTitles(db: Db, packId: string): Map<string, string> {
  const rows = stmt(db, "SELECT file, slug, title FROM note_sections WHERE pack_id = ? AND source = 'pack' AND level > 0").all(packId) as {
    file: string;
    slug: string;
    title: string;
  }[];
  return new Map(rows.map((r) => [`${r.file}#${r.slug}`, r.title]));
}
