// A stand-in for the parts of the 'electron' module Proctor's main process and preload use, so the real
// electron/app/ code runs under plain Node (the Electron binary cannot be downloaded on these machines).
// vitest aliases 'electron' to this file. It follows Electron's documented behaviour where the app depends on it:
//   - app: 'will-finish-launching' then 'ready' (emitted by launch(), after the main script has run);
//     whenReady() resolves after 'ready'; app.quit() emits 'before-quit', closes every window (no
//     'window-all-closed' then), 'will-quit' and 'quit'; app.exit() closes windows at once, without those events;
//     closing the last window emits 'window-all-closed', or quits when nobody listens for it.
//   - protocol.registerSchemesAsPrivileged only before 'ready' and only once; protocol.handle only after 'ready',
//     once per scheme (a second call throws, as Electron's does).
//   - ipcMain.handle once per channel ("Attempted to register a second handler"); an invoke's result is copied
//     with the structured clone algorithm; an error thrown by the handler reaches the caller as
//     "Error invoking remote method '<channel>': <error>".
//   - BrowserWindow, session.defaultSession and screen throw before 'ready'.
//   - webContents.forcefullyCrashRenderer() emits 'render-process-gone' with reason 'killed'.
// Everything named in `standin` is for tests and is not Electron API.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Fn = (...args: never[]) => unknown;
type AnyFn = (...args: unknown[]) => unknown;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Display {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
}

interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
function preventable<T extends object>(extra?: T): PreventableEvent & T {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
    ...(extra ?? ({} as T)),
  };
  return e;
}

/** A frame as an IPC event's `senderFrame` shows it (WebFrameMain's url, parent and top). */
export interface Frame {
  url: string;
  parent: Frame | null;
  top: Frame | null;
  origin: string;
}

export interface MessageBoxCall {
  window?: BrowserWindow;
  options: Record<string, unknown>;
}

/** A real page attached to a webContents (the browser tests attach Chromium). */
export interface AttachedPage {
  send(channel: string, args: unknown[]): void;
  reload(): Promise<void>;
}

export const standin = {
  ready: false,
  quitting: false,
  /** Set by app.exit(code) or at the end of app.quit(). */
  exitCode: undefined as number | undefined,
  quitCalls: 0,
  /** Every app event in the order emitted. */
  appEvents: [] as string[],
  /** requestSingleInstanceLock() fails while this is true (another Proctor holds the lock). */
  otherInstanceRunning: false,
  singleInstanceLockRequests: 0,
  isPackaged: false,
  version: '0.1.0',
  appPath: resolve(__dirname, '../..'),
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 }, scaleFactor: 1 }] as Display[],
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as MessageBoxCall[],
  openedPaths: [] as string[],
  /** What the next showOpenDialog calls answer, in order (the learner's choice); none left means canceled. */
  openDialogAnswers: [] as string[][],
  openDialogs: [] as Record<string, unknown>[],
  privilegedSchemes: undefined as undefined | { scheme: string; privileges: Record<string, boolean> }[],
  applicationMenu: null as Menu | null,
  /** The webContents whose page the preload runs in (ipcRenderer and contextBridge act on it). */
  preloadTarget: undefined as WebContents | undefined,
  /** What the preload exposed with contextBridge.exposeInMainWorld. */
  mainWorld: {} as Record<string, unknown>,
  paths: new Map<string, string>(),

  /** Electron starts: the main script has run; now 'will-finish-launching' and 'ready', as Electron emits them. */
  async launch(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    app.emit('will-finish-launching');
    standin.ready = true;
    app.emit('ready', preventable(), {});
    resolveReady();
    await Promise.resolve();
  },

  /** Another launch of the app while this one holds the lock. */
  secondLaunch(argv: string[] = []): void {
    app.emit('second-instance', preventable(), argv, process.cwd(), null);
  },

  /** Fetches a URL through the handler registered with protocol.handle, as the page's loads would. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const request = new Request(url, init);
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(request);
  },

  /** Finds a menu item by its labels (ignoring & mnemonics), e.g. menuItem('Help', 'Open Log Folder'). */
  menuItem(...labels: string[]): MenuItem {
    let menu = standin.applicationMenu;
    let item: MenuItem | undefined;
    for (const label of labels) {
      item = menu?.items.find((i) => i.label.replace(/&/g, '') === label);
      if (!item) throw new Error(`No menu item "${labels.join(' → ')}" (at "${label}")`);
      menu = item.submenu ?? null;
    }
    return item!;
  },

  /** Clicks a menu item as Electron does: radio items are checked (siblings unchecked) before click runs. */
  clickMenu(...labels: string[]): void {
    const item = standin.menuItem(...labels);
    if (item.type === 'radio' && item.parentMenu) {
      for (const sibling of item.parentMenu.items) if (sibling.type === 'radio') sibling.checked = false;
      item.checked = true;
    }
    (item.click as AnyFn | undefined)?.(item, BrowserWindow.getFocusedWindow() ?? undefined, {});
  },
};

let resolveReady: () => void = () => {};
const readyPromise = new Promise<void>((r) => (resolveReady = r));

function assertReady(what: string) {
  if (!standin.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

// ---- app ----------------------------------------------------------------------------------------------------

class App extends EventEmitter {
  readonly name = 'Proctor';

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (typeof event === 'string') standin.appEvents.push(event);
    return super.emit(event, ...args);
  }

  whenReady(): Promise<void> {
    return readyPromise;
  }
  isReady(): boolean {
    return standin.ready;
  }
  get isPackaged(): boolean {
    return standin.isPackaged;
  }
  getVersion(): string {
    return standin.version;
  }
  getName(): string {
    return this.name;
  }
  getAppPath(): string {
    return standin.appPath;
  }
  getPath(name: string): string {
    let p = standin.paths.get(name);
    if (!p && name === 'userData') {
      p = mkdtempSync(join(tmpdir(), 'proctor-standin-userdata-'));
      standin.paths.set(name, p);
    }
    if (!p) throw new Error(`Failed to get '${name}' path`);
    return p;
  }
  setPath(name: string, path: string): void {
    standin.paths.set(name, path);
  }
  requestSingleInstanceLock(): boolean {
    standin.singleInstanceLockRequests++;
    return !standin.otherInstanceRunning;
  }
  quit(): void {
    standin.quitCalls++;
    if (standin.quitting || standin.exitCode !== undefined) return;
    standin.quitting = true;
    const before = preventable();
    this.emit('before-quit', before);
    if (before.defaultPrevented) {
      standin.quitting = false;
      return;
    }
    for (const w of BrowserWindow.getAllWindows()) {
      w.close();
      if (!w.isDestroyed()) {
        standin.quitting = false; // a window refused to close: the quit is cancelled
        return;
      }
    }
    const will = preventable();
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      standin.quitting = false;
      return;
    }
    this.emit('quit', preventable(), 0);
    standin.exitCode = 0;
  }
  exit(code = 0): void {
    standin.exitCode = code;
    for (const w of BrowserWindow.getAllWindows()) w.destroy();
  }
  focus(): void {}
}

export const app = new App();

// ---- protocol -----------------------------------------------------------------------------------------------

const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    if (standin.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (standin.privilegedSchemes) throw new Error('protocol.registerSchemesAsPrivileged can only be called once');
    standin.privilegedSchemes = schemes;
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    assertReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
};

// ---- session ------------------------------------------------------------------------------------------------

type PermissionRequestHandler = (wc: WebContents | null, permission: string, callback: (granted: boolean) => void, details: object) => void;
type BeforeRequestListener = (details: { url: string; method: string; resourceType: string }, callback: (r: { cancel?: boolean }) => void) => void;

class Session {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((wc: WebContents | null, permission: string) => boolean) | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (filterOrListener: BeforeRequestListener | object | null, maybeListener?: BeforeRequestListener | null) => {
      this.beforeRequest = (typeof filterOrListener === 'function' ? (filterOrListener as BeforeRequestListener) : maybeListener) ?? null;
    },
  };
  setPermissionRequestHandler(h: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: ((wc: WebContents | null, permission: string) => boolean) | null): void {
    this.permissionCheckHandler = h;
  }
  /** Test helper: a page asks for a permission; Electron grants it when no handler is set. */
  requestPermission(permission: string): Promise<boolean> {
    const h = this.permissionRequestHandler;
    if (!h) return Promise.resolve(true);
    return new Promise((r) => h(null, permission, r, {}));
  }
  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(null, permission) : true;
  }
  /** Test helper: would a request to this URL go ahead? */
  allowsRequest(url: string): Promise<boolean> {
    const l = this.beforeRequest;
    if (!l) return Promise.resolve(true);
    return new Promise((r) => l({ url, method: 'GET', resourceType: 'mainFrame' }, (res) => r(!res.cancel)));
  }
}

const defaultSession = new Session();
export const session = {
  get defaultSession(): Session {
    assertReady('session');
    return defaultSession;
  },
};

// ---- ipcMain ------------------------------------------------------------------------------------------------

export interface IpcMainInvokeEvent {
  sender: WebContents;
  senderFrame: Frame | null;
  processId: number;
  frameId: number;
}

class IpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invokeFrom(event: IpcMainInvokeEvent, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    try {
      return structuredClone(await handler(event, ...structuredClone(args)));
    } catch (err) {
      throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
    }
  }
}
export const ipcMain = new IpcMain();

// ---- webContents and BrowserWindow -------------------------------------------------------------------------

let nextId = 1;

function frameFor(url: string, parent: Frame | null): Frame {
  let origin = 'null';
  try {
    origin = new URL(url).origin;
  } catch {
    /* not a URL */
  }
  const frame: Frame = { url, parent, top: null, origin };
  frame.top = parent ? (parent.top ?? parent) : frame;
  return frame;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' };

export class WebContents extends EventEmitter {
  readonly id = nextId++;
  private url = '';
  private destroyed = false;
  private crashed = false;
  windowOpenHandler: WindowOpenHandler | null = null;
  /** Messages sent to the page with send(). */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly loads: string[] = [];
  reloads = 0;
  /** The HTML of the last page load. */
  html = '';
  /** Listeners the page's preload registered with ipcRenderer.on. */
  readonly pageListeners = new Map<string, Set<AnyFn>>();
  attachedPage: AttachedPage | undefined;

  constructor(readonly owner: BrowserWindow) {
    super();
  }

  get mainFrame(): Frame {
    return frameFor(this.url, null);
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }

  async loadURL(url: string): Promise<void> {
    this.url = url;
    this.loads.push(url);
    this.emit('did-start-loading');
    let res: Response;
    try {
      res = await standin.fetch(url);
    } catch (err) {
      this.emit('did-fail-load', preventable(), -302, String(err), url);
      throw err;
    }
    if (!res.ok) {
      this.emit('did-fail-load', preventable(), -6, `HTTP ${res.status}`, url);
      throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
    }
    this.html = await res.text();
    this.crashed = false;
    this.emit('dom-ready');
    this.emit('did-finish-load');
    if (!this.owner.shownOnce) this.owner.emit('ready-to-show');
  }

  reload(): void {
    this.reloads++;
    this.pageListeners.clear(); // a new page: its preload registers its listeners again
    if (this.attachedPage) {
      void this.attachedPage.reload();
      return;
    }
    void this.loadURL(this.url).catch(() => {});
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const copy = structuredClone(args);
    this.sent.push({ channel, args: copy });
    if (this.attachedPage) this.attachedPage.send(channel, copy);
    for (const l of this.pageListeners.get(channel) ?? []) l({ sender: null }, ...copy);
  }

  forcefullyCrashRenderer(): void {
    this.crashed = true;
    this.emit('render-process-gone', preventable(), { reason: 'killed', exitCode: 9 });
  }

  // Test helpers ------------------------------------------------------------------------------------------
  /** The page's renderer process dies. */
  crash(reason: 'crashed' | 'oom' | 'killed' | 'clean-exit' = 'crashed'): void {
    this.crashed = true;
    this.emit('render-process-gone', preventable(), { reason, exitCode: reason === 'clean-exit' ? 0 : 133 });
  }
  /** The page tries to navigate the top frame; returns whether Electron would go ahead. */
  tryNavigate(url: string): boolean {
    const e = preventable({ url, isMainFrame: true });
    this.emit('will-navigate', e, url);
    return !e.defaultPrevented;
  }
  /** The page calls window.open or follows target=_blank; returns whether a window would open. */
  tryOpenWindow(url: string): boolean {
    const result = this.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }) ?? { action: 'allow' };
    return result.action === 'allow';
  }
  tryAttachWebview(): boolean {
    const e = preventable();
    this.emit('will-attach-webview', e, {}, {});
    return !e.defaultPrevented;
  }
  /** A frame of this page (the top frame unless a child frame is given) calls ipcRenderer.invoke. */
  invoke(channel: string, args: unknown[], frame: Frame | null = this.mainFrame): Promise<unknown> {
    return ipcMain.invokeFrom({ sender: this, senderFrame: frame, processId: 1, frameId: 1 }, channel, args);
  }
  /** A child frame of this page at `url` (an iframe). */
  childFrame(url: string): Frame {
    return frameFor(url, this.mainFrame);
  }
}

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly id = nextId++;
  /** The options object exactly as the app passed it. */
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  readonly webContents: WebContents;
  private bounds: Rect;
  private normalBounds: Rect;
  private maximized = false;
  private minimized = false;
  private visible = false;
  private focused = false;
  private destroyed = false;
  shownOnce = false;

  static getAllWindows(): BrowserWindow[] {
    return windows.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return windows.find((w) => !w.destroyed && w.focused) ?? null;
  }

  constructor(options: Record<string, unknown> = {}) {
    super();
    if (!standin.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    const primary = standin.displays[0]!.workArea;
    const width = typeof options.width === 'number' ? options.width : 800;
    const height = typeof options.height === 'number' ? options.height : 600;
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : Math.round(primary.x + (primary.width - width) / 2),
      y: typeof options.y === 'number' ? options.y : Math.round(primary.y + (primary.height - height) / 2),
      width,
      height,
    };
    this.normalBounds = { ...this.bounds };
    this.webContents = new WebContents(this);
    windows.push(this);
    app.emit('web-contents-created', preventable(), this.webContents);
    app.emit('browser-window-created', preventable(), this);
    if (options.show !== false) this.show();
  }

  /** Same as webContents.loadURL. */
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  getNormalBounds(): Rect {
    return { ...(this.maximized ? this.normalBounds : this.bounds) };
  }
  setBounds(b: Partial<Rect>): void {
    this.bounds = { ...this.bounds, ...b };
    if (!this.maximized) this.normalBounds = { ...this.bounds };
    this.emit('resize');
    this.emit('move');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    if (this.maximized) return;
    this.normalBounds = { ...this.bounds };
    this.bounds = { ...standin.displays[0]!.workArea };
    this.maximized = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    if (!this.maximized) return;
    this.bounds = { ...this.normalBounds };
    this.maximized = false;
    this.emit('unmaximize');
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
    this.emit('minimize');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }
  show(): void {
    this.visible = true;
    this.shownOnce = true;
    this.focus();
    this.emit('show');
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    for (const w of windows) w.focused = false;
    this.focused = true;
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  isFocused(): boolean {
    return this.focused;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const e = preventable();
    this.emit('close', e);
    if (e.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.focused = false;
    this.webContents.destroy();
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && !standin.quitting && standin.exitCode === undefined) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
  }
}

// ---- screen, nativeTheme, shell, dialog ---------------------------------------------------------------------

export const screen = {
  getAllDisplays(): Display[] {
    assertReady('screen');
    return structuredClone(standin.displays);
  },
  getPrimaryDisplay(): Display {
    assertReady('screen');
    return structuredClone(standin.displays[0]!);
  },
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  themeSource: 'system' as 'system' | 'light' | 'dark',
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'dark';
  },
});

export const shell = {
  async openPath(path: string): Promise<string> {
    standin.openedPaths.push(path);
    return '';
  },
  async openExternal(url: string): Promise<void> {
    standin.openedPaths.push(url);
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    standin.errorBoxes.push({ title, content });
  },
  async showMessageBox(a: BrowserWindow | Record<string, unknown>, b?: Record<string, unknown>): Promise<{ response: number; checkboxChecked: boolean }> {
    const call: MessageBoxCall = a instanceof BrowserWindow ? { window: a, options: b ?? {} } : { options: a };
    standin.messageBoxes.push(call);
    return { response: 0, checkboxChecked: false };
  },
  async showOpenDialog(a: BrowserWindow | Record<string, unknown>, b?: Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }> {
    standin.openDialogs.push(a instanceof BrowserWindow ? (b ?? {}) : a);
    const filePaths = standin.openDialogAnswers.shift() ?? [];
    return { canceled: filePaths.length === 0, filePaths };
  },
};

// ---- Menu ---------------------------------------------------------------------------------------------------

export interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: Fn;
  submenu?: MenuItemOptions[] | Menu;
  checked?: boolean;
  enabled?: boolean;
  visible?: boolean;
  toolTip?: string;
}

export class MenuItem {
  readonly label: string;
  readonly role: string | undefined;
  readonly type: string;
  readonly accelerator: string | undefined;
  readonly click: Fn | undefined;
  readonly submenu: Menu | undefined;
  checked: boolean;
  parentMenu: Menu | undefined;
  constructor(o: MenuItemOptions) {
    if (!o.label && !o.role && !o.type && !o.submenu) throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
    this.role = o.role;
    this.label = o.label ?? o.role ?? '';
    this.type = o.type ?? (o.submenu ? 'submenu' : 'normal');
    this.accelerator = o.accelerator;
    this.click = o.click;
    this.checked = o.checked ?? false;
    this.submenu = o.submenu instanceof Menu ? o.submenu : o.submenu ? Menu.buildFromTemplate(o.submenu) : undefined;
  }
}

export class Menu {
  readonly items: MenuItem[] = [];
  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    const menu = new Menu();
    for (const o of template) {
      const item = new MenuItem(o);
      item.parentMenu = menu;
      menu.items.push(item);
    }
    return menu;
  }
  static setApplicationMenu(menu: Menu | null): void {
    standin.applicationMenu = menu;
  }
  static getApplicationMenu(): Menu | null {
    return standin.applicationMenu;
  }
}

// ---- the preload's side: contextBridge and ipcRenderer ----------------------------------------------------

function target(): WebContents {
  if (!standin.preloadTarget) throw new Error('No page: set standin.preloadTarget before loading the preload');
  return standin.preloadTarget;
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in standin.mainWorld) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    standin.mainWorld[key] = Object.freeze(api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return target().invoke(channel, args);
  },
  on(channel: string, listener: AnyFn) {
    const wc = target();
    const set = wc.pageListeners.get(channel) ?? new Set<AnyFn>();
    set.add(listener);
    wc.pageListeners.set(channel, set);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: AnyFn) {
    target().pageListeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, MenuItem, nativeTheme, protocol, screen, session, shell };
