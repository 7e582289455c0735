// The application menu for each platform. `menuTemplate` is plain data (tested per platform without Electron);
// `installMenu` hands it to Electron.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export type Theme = 'system' | 'light' | 'dark';

export interface MenuActions {
  /** File → Import Notes…: pick a file, then the page imports it. */
  importNotes(): void;
  /** Help → Keyboard Shortcuts: the page shows them. */
  showShortcuts(): void;
  openDataFolder(): void;
  openLogFolder(): void;
  setTheme(theme: Theme): void;
  about(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  theme: Theme;
  dataDir: string;
  actions: MenuActions;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const { actions } = ctx;
  const about: MenuItemConstructorOptions = { label: `About ${ctx.appName}`, click: () => actions.about() };
  const themes: MenuItemConstructorOptions[] = (['system', 'light', 'dark'] as const).map((theme) => ({
    label: { system: 'Same as System', light: 'Light', dark: 'Dark' }[theme],
    type: 'radio',
    checked: ctx.theme === theme,
    click: () => actions.setTheme(theme),
  }));
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: ctx.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: isMac ? 'File' : '&File',
      submenu: [
        { label: 'Import Notes…', accelerator: 'CmdOrCtrl+O', click: () => actions.importNotes() },
        { label: 'Open Data Folder', click: () => actions.openDataFolder(), toolTip: ctx.dataDir },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
      ],
    },
    { role: 'editMenu' },
    {
      label: isMac ? 'View' : '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { label: 'Theme', submenu: themes },
        ...(ctx.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      label: isMac ? 'Help' : '&Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.showShortcuts() },
        { label: 'Open Log Folder', click: () => actions.openLogFolder() },
        ...(isMac ? [] : [{ type: 'separator' as const }, about]),
      ],
    },
  );
  return template;
}

export function installMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
