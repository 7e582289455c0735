// The desktop app: one instance, one window on our own app:// origin, locked down per security-settings.ts,
// with a log file, menus, remembered window state and recovery from a crashed or hung page. main.ts calls
// startDesktop(); tests call it too, under Node against a stand-in for the 'electron' module.
import { app, BrowserWindow, dialog, nativeTheme, protocol, screen, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createBackend, type Backend } from '../backend';
import { DatabaseError } from '../db/open';
import { MAX_NOTES_CHARS, MENU_CHANNEL, type MenuMessage } from './channels';
import { serveApiOverIpc } from './ipc';
import { createLog, type AppLog } from './logging';
import { installMenu, type Theme } from './menu';
import { APP_ENTRY, APP_SCHEME, isOwnPage } from './security-settings';
import { rendererResponse } from './serve-renderer';
import { MIN_SIZE, readSettings, restoreBounds, writeSettings, type DesktopSettings } from './window-state';

export interface DesktopOptions {
  argv?: string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The built renderer (out/renderer) and preload script; defaults are beside the built main script. */
  rendererDir?: string;
  preloadPath?: string;
  packsDir?: string;
  /** Echo warnings and errors to the console as well as the log file (default true). */
  logToConsole?: boolean;
}

export type StartOutcome = 'running' | 'failed' | 'second-instance';

export interface Desktop {
  /** Settles once start-up has finished one way or the other. */
  started: Promise<StartOutcome>;
}

/** More page crashes than this within CRASH_WINDOW_MS and Proctor stops reloading and quits. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;
export const SETTINGS_FILE = 'desktop-settings.json';

/** The data folder the command line or environment asks for, if any: `--data-dir=DIR` or PROCTOR_DATA_DIR. */
export function requestedDataDir(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const arg = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  return arg || env.PROCTOR_DATA_DIR || undefined;
}

export function startDesktop(opts: DesktopOptions = {}): Desktop {
  const argv = opts.argv ?? process.argv;
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const rendererDir = opts.rendererDir ?? join(__dirname, '../renderer');
  const preloadPath = opts.preloadPath ?? join(__dirname, '../preload/preload.js');

  const dataDirArg = requestedDataDir(argv, env);
  if (dataDirArg) app.setPath('userData', resolve(dataDirArg));

  // The lock lives in the data folder: a second launch on the same data hands over to the first and quits,
  // so there is never a second database connection.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: Promise.resolve('second-instance') };
  }

  // Only possible before 'ready'.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);

  const dataDir = app.getPath('userData');
  const settingsFile = join(dataDir, SETTINGS_FILE);
  const log: AppLog = createLog(dataDir, { console: opts.logToConsole ?? true });
  log.info(`Proctor ${app.getVersion()} starting; data folder ${dataDir}`);
  process.on('uncaughtException', (err) => log.error('Uncaught exception in the main process:', err));
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection in the main process:', reason));

  const packsDir = opts.packsDir ?? (app.isPackaged ? join(process.resourcesPath, 'questions') : join(app.getAppPath(), 'questions'));
  let backend: Backend | undefined;
  let win: BrowserWindow | undefined;
  let settings: DesktopSettings = readSettings(settingsFile);
  const crashes: number[] = [];

  const saveSettings = (patch: DesktopSettings) => {
    settings = { ...settings, ...patch };
    try {
      writeSettings(settingsFile, settings);
    } catch (err) {
      log.warn('Could not save the desktop settings:', err);
    }
  };

  function lockDownSession() {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // No remote content, ever: only our own scheme (and devtools) may load.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const ok = details.url.startsWith(`${APP_SCHEME}://`) || details.url.startsWith('devtools://');
      callback({ cancel: !ok });
    });
  }

  function sendToPage(message: MenuMessage) {
    if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, message);
  }

  /** File → Import Notes…: the native open dialog here (a page cannot open a file picker from a menu click). */
  async function importNotes() {
    const options = {
      title: 'Import your notes',
      properties: ['openFile' as const],
      filters: [
        { name: 'Markdown or text', extensions: ['md', 'markdown', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const picked = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const file = picked.filePaths[0];
    if (picked.canceled || !file) return;
    try {
      // Four bytes per character at most: anything larger cannot fit the limit, so it is not read at all.
      if ((await stat(file)).size > MAX_NOTES_CHARS * 4) throw new RangeError();
      const text = await readFile(file, 'utf8');
      if (text.length > MAX_NOTES_CHARS) throw new RangeError();
      sendToPage({ command: 'import-notes', file: { name: basename(file).slice(0, 200), text } });
    } catch (err) {
      const tooBig = err instanceof RangeError;
      if (!tooBig) log.warn('Could not read a notes file:', err);
      dialog.showErrorBox(
        'Proctor cannot import this file',
        tooBig ? 'A notes file can be at most 2 million characters.' : `The file could not be read: ${(err as Error).message}`,
      );
    }
  }

  function showAbout() {
    void dialog.showMessageBox({
      type: 'info',
      title: 'About Proctor',
      message: `Proctor ${app.getVersion()}`,
      detail: [
        'Offline mock exams for the AWS Certified AI Practitioner (AIF-C01), with explained answers linked to study notes.',
        `Electron ${process.versions.electron ?? '–'} · Chromium ${process.versions.chrome ?? '–'} · Node ${process.versions.node}`,
        `Data folder: ${dataDir}`,
      ].join('\n\n'),
      buttons: ['OK'],
    });
  }

  function buildMenu() {
    installMenu({
      platform,
      isPackaged: app.isPackaged,
      appName: 'Proctor',
      theme: settings.theme ?? 'system',
      dataDir,
      actions: {
        importNotes: () => void importNotes().catch((err: unknown) => log.error('Import notes failed:', err)),
        showShortcuts: () => sendToPage({ command: 'show-shortcuts' }),
        openDataFolder: () => void shell.openPath(dataDir),
        openLogFolder: () => {
          mkdirSync(log.folder, { recursive: true });
          void shell.openPath(log.folder);
        },
        setTheme: (theme: Theme) => {
          nativeTheme.themeSource = theme;
          saveSettings({ theme });
        },
        about: showAbout,
      },
    });
  }

  /** The page crashed or was killed: reload it and say so. The backend holds every saved answer. */
  function recover(window: BrowserWindow, why: string, hung: boolean) {
    const now = Date.now();
    while (crashes.length && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
    crashes.push(now);
    if (crashes.length > MAX_CRASHES) {
      log.error(`The window failed ${crashes.length} times within a minute (${why}); quitting.`);
      dialog.showErrorBox(
        'Proctor keeps failing',
        `Proctor’s window stopped ${crashes.length} times within a minute, so Proctor will close. Your saved answers are kept. The log folder (Help → Open Log Folder) says what happened: ${log.folder}`,
      );
      app.quit();
      return;
    }
    log.warn(`Reloading the window: ${why}`);
    window.webContents.reload();
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Proctor',
      message: hung ? 'Proctor’s window stopped responding, so it was reloaded.' : 'Proctor’s window stopped unexpectedly, so it was reloaded.',
      detail: 'Every answer you saw saved is kept, and an exam carries on where it was.',
      buttons: ['OK'],
    });
  }

  function createWindow() {
    const displays = screen.getAllDisplays().map((d) => d.workArea);
    const placed = restoreBounds(settings.window ?? null, displays, screen.getPrimaryDisplay().workArea);
    const window = new BrowserWindow({
      ...placed.bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      title: 'Proctor',
      show: false,
      backgroundColor: '#f6f7f9',
      // Written out literally so static scanners (electronegativity) can read them; a test checks the object
      // actually passed here against WEB_PREFERENCES in security-settings.ts.
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick',
        preload: preloadPath,
      },
    });
    win = window;
    let hung = false;
    // Navigation, new windows and webviews are refused for every webContents: see 'web-contents-created' below.
    window.webContents.on('render-process-gone', (_event, details) => {
      log.error(`The window's page process is gone: ${details.reason} (exit code ${details.exitCode})`);
      if (details.reason === 'clean-exit' || window.isDestroyed()) return;
      recover(window, hung ? 'it stopped responding' : `its process ${details.reason}`, hung);
      hung = false;
    });
    window.on('unresponsive', () => {
      log.warn('The window stopped responding; restarting its page.');
      hung = true;
      // Electron's documented recovery: kill the page process, then reload in a new one (render-process-gone).
      window.webContents.forcefullyCrashRenderer();
    });
    window.on('responsive', () => log.info('The window responds again.'));
    window.once('ready-to-show', () => {
      if (placed.maximized) window.maximize();
      window.show();
    });
    window.on('close', () => {
      saveSettings({ window: { bounds: window.getNormalBounds(), maximized: window.isMaximized() } });
    });
    window.on('closed', () => {
      if (win === window) win = undefined;
    });
    void window.loadURL(APP_ENTRY).catch((err: unknown) => log.error('The page did not load:', err));
    return window;
  }

  // Every webContents, the window's included (Electron emits this as each is created): no navigation away from
  // our page, no new windows, no webviews.
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('second-instance', () => {
    log.info('A second launch handed over to this window.');
    if (!win || win.isDestroyed()) {
      if (backend) createWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    backend?.close();
    backend = undefined;
    log.info('Proctor closed its database and quits.');
  });

  const started = app.whenReady().then(async (): Promise<StartOutcome> => {
    try {
      backend = await createBackend({
        dataDir,
        packsDir,
        version: app.getVersion(),
        log: { info: (m) => log.info(m), error: (m, e) => log.error(m, e ?? '') },
      });
    } catch (err) {
      const message = err instanceof DatabaseError ? err.message : `Proctor could not open its data: ${(err as Error).message}`;
      log.error('Start-up failed:', err);
      dialog.showErrorBox('Proctor cannot start', message);
      app.exit(1);
      return 'failed';
    }
    if (settings.theme) nativeTheme.themeSource = settings.theme;
    lockDownSession();
    protocol.handle(APP_SCHEME, (request) => rendererResponse(request, rendererDir));
    serveApiOverIpc(backend.dispatch);
    buildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0 && backend) createWindow();
    });
    return 'running';
  });
  return { started };
}
