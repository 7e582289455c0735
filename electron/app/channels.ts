// Messages the main process sends to the page, outside the API. No 'electron' import: the preload, the main
// process and the renderer all read this list, and the preload drops anything not on it.

/** The channel menu commands travel on, main → page. */
export const MENU_CHANNEL = 'proctor:menu';

/**
 * Menu items whose work happens in the page:
 * - `import-notes`: File → Import notes…; the page opens its notes file picker (Home's "Your study notes").
 * - `show-shortcuts`: Help → Keyboard shortcuts; the page shows its list of shortcuts.
 */
export const MENU_COMMANDS = ['import-notes', 'show-shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
