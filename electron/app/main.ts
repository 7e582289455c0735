// The desktop app: one window on our own app:// origin, locked down per security-settings.ts.
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentType } from '../web/content-types';
import { createBackend, type Backend } from '../backend';
import { DatabaseError } from '../db/open';
import { serveApiOverIpc } from './ipc';
import { buildMenu } from './menu';
import { APP_ENTRY, APP_HOST, APP_SCHEME, isOwnPage, SECURITY_HEADERS } from './security-settings';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
]);

const argDataDir = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
if (argDataDir) app.setPath('userData', argDataDir);

const rendererDir = join(__dirname, '../renderer');
const packsDir = app.isPackaged ? join(process.resourcesPath, 'questions') : join(app.getAppPath(), 'questions');
let backend: Backend | undefined;

function serveRenderer() {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(rendererDir) + sep)) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const headers = { ...SECURITY_HEADERS, 'Content-Type': contentType(file) };
      return new Response(body, { status: 200, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSession() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content, ever: only our own scheme (and devtools) may load.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const ok = details.url.startsWith(`${APP_SCHEME}://`) || details.url.startsWith('devtools://');
    callback({ cancel: !ok });
  });
}

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    title: 'Proctor',
    show: false,
    backgroundColor: '#f6f7f9',
    // Written out literally so static scanners (electronegativity) can read them; a test checks every value
    // against WEB_PREFERENCES in security-settings.ts, the one place they are decided.
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
      preload: join(__dirname, '../preload/preload.js'),
    },
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
}

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
});

app.whenReady().then(async () => {
  try {
    backend = await createBackend({
      dataDir: app.getPath('userData'),
      packsDir,
      version: app.getVersion(),
      log: { info: (m) => console.log(m), error: (m, e) => console.error(m, e ?? '') },
    });
  } catch (err) {
    const message = err instanceof DatabaseError ? err.message : `Proctor could not open its data: ${(err as Error).message}`;
    dialog.showErrorBox('Proctor cannot start', message);
    app.exit(1);
    return;
  }
  lockDownSession();
  serveRenderer();
  serveApiOverIpc(backend.dispatch);
  buildMenu({ dataDir: app.getPath('userData'), openDataFolder: () => void shell.openPath(app.getPath('userData')) });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  backend?.close();
  backend = undefined;
});
