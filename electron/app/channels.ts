// Messages the main process sends to the page, outside the API. No 'electron' import: the preload, the main
// process and the renderer all read this, and the preload drops any message that does not parse.

/** The channel menu messages travel on, main → page. */
export const MENU_CHANNEL = 'proctor:menu';

/** The largest notes file the page accepts, as notes.importLearner's input schema says. */
export const MAX_NOTES_CHARS = 2_000_000;
export const MAX_FILE_NAME_CHARS = 200;

/**
 * Menu items whose work happens in the page:
 * - `import-notes`: File → Import Notes…; the main process has shown the open dialog and read the file; the page
 *   imports it for the course on screen, as Home's "Your study notes" picker does (notes.importLearner).
 * - `show-shortcuts`: Help → Keyboard Shortcuts; the page shows its list of shortcuts.
 */
export type MenuMessage = { command: 'show-shortcuts' } | { command: 'import-notes'; file: { name: string; text: string } };
export const MENU_COMMANDS = ['import-notes', 'show-shortcuts'] as const;

/** The message, if it is one of the above with fields of the right type and size; otherwise null. */
export function parseMenuMessage(value: unknown): MenuMessage | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { command?: unknown; file?: { name?: unknown; text?: unknown } };
  if (v.command === 'show-shortcuts') return { command: 'show-shortcuts' };
  if (v.command === 'import-notes') {
    const name = v.file?.name;
    const text = v.file?.text;
    if (typeof name !== 'string' || !name || name.length > MAX_FILE_NAME_CHARS) return null;
    if (typeof text !== 'string' || text.length > MAX_NOTES_CHARS) return null;
    return { command: 'import-notes', file: { name, text } };
  }
  return null;
}
