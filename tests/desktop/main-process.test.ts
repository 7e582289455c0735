// The desktop main process, run for real under Node against the Electron stand-in: start-up order, start-up
// failure, single instance, window state, crash recovery, the log file and the menus. Security: security.test.ts.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_CHANNEL } from '../../electron/app/channels';
import { MAX_CRASHES, SETTINGS_FILE } from '../../electron/app/desktop';
import { LOG_FILE, LOG_MAX_BYTES } from '../../electron/app/logging';
import { APP_ENTRY } from '../../electron/app/security-settings';
import { bootPerTest, tempDir, waitFor } from './harness';

const start = bootPerTest();

describe('start-up', () => {
  it('registers app:// as privileged before ready, then serves it, the API once, and one window on the app page', async () => {
    const { standin, electron, win, outcome } = await start();
    expect(outcome).toBe('running');
    const events = standin.appEvents;
    expect(events.indexOf('will-finish-launching')).toBeLessThan(events.indexOf('ready'));
    expect(standin.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(electron.protocol.isProtocolHandled('app')).toBe(true);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['proctor:api']);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(win!.webContents.loads).toEqual([APP_ENTRY]);
    await waitFor(() => win!.isVisible(), 'ready-to-show');
    expect(win!.webContents.html).toContain('<div id="root">');
  });

  it('shows an error and exits when the database cannot be opened, without a window', async () => {
    const dataDir = tempDir('proctor-baddb-');
    writeFileSync(join(dataDir, 'proctor.db'), Buffer.alloc(8192, 7)); // not a SQLite file
    const { standin, electron, outcome } = await start({ dataDir });
    expect(outcome).toBe('failed');
    expect(standin.errorBoxes).toHaveLength(1);
    expect(standin.errorBoxes[0]!.title).toBe('Proctor cannot start');
    expect(standin.errorBoxes[0]!.content.length).toBeGreaterThan(10);
    expect(standin.exitCode).toBe(1);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(readFileSync(join(dataDir, 'logs', LOG_FILE), 'utf8')).toContain('Start-up failed');
  });

  it('closing the last window quits and closes the database', async () => {
    const { standin, win, dataDir } = await start();
    expect(existsSync(join(dataDir, 'proctor.db-wal'))).toBe(true); // open in WAL mode
    win!.close();
    expect(standin.appEvents).toContain('window-all-closed');
    expect(standin.appEvents).toContain('will-quit');
    expect(standin.exitCode).toBe(0);
    // SQLite removes the WAL file when the last connection closes.
    expect(existsSync(join(dataDir, 'proctor.db-wal'))).toBe(false);
  });
});

describe('a desktop app', () => {
  it('a second launch quits before opening anything; the first window is restored and focused', async () => {
    const first = await start();
    const dataDir = first.dataDir;
    first.win!.minimize();
    first.standin.secondLaunch(['proctor']);
    expect(first.win!.isMinimized()).toBe(false);
    expect(first.win!.isFocused()).toBe(true);
    expect(first.electron.BrowserWindow.getAllWindows()).toHaveLength(1);

    const second = await start({ dataDir, otherInstanceRunning: true });
    expect(second.outcome).toBe('second-instance');
    expect(second.standin.quitCalls).toBe(1);
    expect(second.electron.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(second.standin.privilegedSchemes).toBeUndefined();
    expect(second.electron.ipcMain.handlers.size).toBe(0);
  });

  it('remembers size, position and maximized state, and puts the window back on screen when its monitor is gone', async () => {
    const two = [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 },
      { id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1400 }, scaleFactor: 1 },
    ];
    const a = await start({ displays: two });
    a.win!.setBounds({ x: 2100, y: 200, width: 1000, height: 700 });
    a.win!.close();
    const saved = JSON.parse(readFileSync(join(a.dataDir, SETTINGS_FILE), 'utf8')) as { window: unknown };
    expect(saved.window).toEqual({ bounds: { x: 2100, y: 200, width: 1000, height: 700 }, maximized: false });

    const b = await start({ dataDir: a.dataDir, displays: two });
    expect(b.win!.getBounds()).toEqual({ x: 2100, y: 200, width: 1000, height: 700 });
    b.win!.maximize();
    b.win!.close();

    // The second monitor is unplugged: the window comes back on the first, maximized as it was left.
    const c = await start({ dataDir: a.dataDir, displays: [two[0]!] });
    await waitFor(() => c.win!.isVisible(), 'the window shown');
    expect(c.win!.isMaximized()).toBe(true);
    const normal = c.win!.getNormalBounds();
    expect(normal.width).toBe(1000);
    expect(normal.x).toBeGreaterThanOrEqual(0);
    expect(normal.x + normal.width).toBeLessThanOrEqual(1920);
    expect(normal.y + normal.height).toBeLessThanOrEqual(1040);
  });

  it('reloads a crashed or hung page with a short message; an exam carries on with its saved answers', async () => {
    const { win, standin } = await start();
    const wc = win!.webContents;
    const api = async <T,>(m: string, i: unknown) => ((await wc.invoke('proctor:api', [m, i])) as { ok: true; value: T }).value;
    const [pack] = await api<{ id: string }[]>('packs.list', {});
    const exam = await api<{ attemptId: number }>('exam.start', { packId: pack!.id });
    expect(exam.attemptId).toBeTruthy();
    await api('exam.flag', { attemptId: exam.attemptId, position: 1, flagged: true });
    await api('exam.visit', { attemptId: exam.attemptId, position: 1 });

    wc.crash('crashed');
    expect(wc.reloads).toBe(1);
    expect(standin.messageBoxes.at(-1)!.options.message).toMatch(/stopped unexpectedly, so it was reloaded/);
    await waitFor(() => wc.loads.length === 2, 'the reload');
    // What the reloaded page asks for first: the open exam, where it was, with what was saved.
    const active = await api<{ attemptId: number; currentPosition: number; items: { flagged: boolean }[] } | null>('exam.active', { packId: pack!.id });
    expect(active?.attemptId).toBe(exam.attemptId);
    expect(active?.currentPosition).toBe(1);
    expect(active?.items[1]?.flagged).toBe(true);

    win!.emit('unresponsive');
    expect(wc.reloads).toBe(2);
    expect(standin.messageBoxes.at(-1)!.options.message).toMatch(/stopped responding/);

    wc.crash('clean-exit'); // a normal exit is not a crash
    expect(wc.reloads).toBe(2);
  });

  it('stops reloading and quits when the page keeps crashing', async () => {
    const { win, standin } = await start();
    for (let i = 0; i < MAX_CRASHES; i++) win!.webContents.crash('crashed');
    expect(standin.errorBoxes).toHaveLength(0);
    win!.webContents.crash('oom');
    expect(win!.webContents.reloads).toBe(MAX_CRASHES);
    expect(standin.errorBoxes[0]?.title).toBe('Proctor keeps failing');
    expect(standin.exitCode).toBe(0);
  });

  it('logs the main process and the backend to a rotated file in the data folder, uncaught errors included', async () => {
    const b = await start();
    const file = join(b.dataDir, 'logs', LOG_FILE);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Proctor 0.1.0 starting');
    expect(text).toContain('Imported course pack'); // written by the backend
    const listener = b.uncaughtListener();
    expect(listener).toBeTypeOf('function');
    listener!(new Error('boom from a timer 4711'));
    expect(readFileSync(file, 'utf8')).toMatch(/Uncaught exception in the main process:[^\n]*\n?[^\n]*boom from a timer 4711/);

    // Rotation: past 1 MB the file moves to main.old.log and a new one starts.
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 1200; i++) listener!(new Error(line));
    expect(existsSync(join(b.dataDir, 'logs', 'main.old.log'))).toBe(true);
    expect(statSync(file).size).toBeLessThan(LOG_MAX_BYTES);
  });
});

describe('menus', () => {
  it('Linux and Windows: File, Edit, View, Window, Help, each doing its work', async () => {
    const { standin, electron, win, dataDir } = await start({ version: '9.8.7' });
    const top = standin.applicationMenu!.items.map((i) => i.label.replace(/&/g, ''));
    expect(top).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'Help']);
    expect(standin.menuItem('File').submenu!.items.map((i) => i.label)).toEqual(['Import Notes…', 'Open Data Folder', '', 'Quit']);
    expect(standin.menuItem('File', 'Quit').role).toBe('quit');
    expect(standin.menuItem('View').submenu!.items.map((i) => i.role ?? i.label)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'Theme']),
    );

    // Import Notes…: a native open dialog, then the file goes to the page; cancel sends nothing; too big is refused.
    standin.clickMenu('File', 'Import Notes…');
    await waitFor(() => standin.openDialogs.length === 1, 'the open dialog');
    expect(standin.openDialogs[0]).toMatchObject({ properties: ['openFile'] });
    const notes = join(tempDir('proctor-notes-'), 'notes.md');
    writeFileSync(notes, '# Notes\n');
    standin.openDialogAnswers.push([notes]);
    standin.clickMenu('File', 'Import Notes…');
    await waitFor(() => win!.webContents.sent.length === 1, 'the import message');
    expect(win!.webContents.sent).toEqual([{ channel: MENU_CHANNEL, args: [{ command: 'import-notes', file: { name: 'notes.md', text: '# Notes\n' } }] }]);
    const big = join(tempDir('proctor-notes-'), 'big.md');
    writeFileSync(big, 'x'.repeat(2_000_001));
    standin.openDialogAnswers.push([big]);
    standin.clickMenu('File', 'Import Notes…');
    await waitFor(() => standin.errorBoxes.length === 1, 'the refusal');
    expect(standin.errorBoxes[0]!.content).toMatch(/at most 2 million characters/);
    expect(win!.webContents.sent).toHaveLength(1);
    standin.clickMenu('Help', 'Keyboard Shortcuts');
    expect(win!.webContents.sent.at(-1)).toEqual({ channel: MENU_CHANNEL, args: [{ command: 'show-shortcuts' }] });

    standin.clickMenu('File', 'Open Data Folder');
    standin.clickMenu('Help', 'Open Log Folder');
    expect(standin.openedPaths).toEqual([dataDir, join(dataDir, 'logs')]);

    standin.clickMenu('Help', 'About Proctor');
    expect(standin.messageBoxes.at(-1)!.options).toMatchObject({ title: 'About Proctor', message: 'Proctor 9.8.7' });

    standin.clickMenu('View', 'Theme', 'Dark');
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8'))).toMatchObject({ theme: 'dark' });
    win!.close();
    const again = await start({ dataDir });
    expect(again.electron.nativeTheme.themeSource).toBe('dark');
    expect(again.standin.menuItem('View', 'Theme', 'Dark').checked).toBe(true);
  });

  it('macOS: the app menu first, with About and Quit; File closes the window', async () => {
    const { standin } = await start({ platform: 'darwin' });
    const top = standin.applicationMenu!.items.map((i) => i.label);
    expect(top).toEqual(['Proctor', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    const appMenu = standin.menuItem('Proctor').submenu!.items.map((i) => i.role ?? i.label);
    expect(appMenu[0]).toBe('About Proctor');
    expect(appMenu).toEqual(expect.arrayContaining(['hide', 'hideOthers', 'quit']));
    expect(standin.menuItem('File').submenu!.items.at(-1)!.role).toBe('close');
    expect(standin.menuItem('Help').submenu!.items.map((i) => i.label)).not.toContain('About Proctor');
  });
});
