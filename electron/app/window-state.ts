// Window size, position and maximized state across restarts. The geometry is pure logic (tested without a
// screen); main.ts reads the displays and the file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 760, height: 560 };
/** How much of the window (each way, in px) must lie on a display for it to count as reachable. */
const MIN_VISIBLE = 120;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** A window of `size` centred in `area`, shrunk to fit it. */
function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens. The saved bounds are kept when the window's top strip (where its title bar is) lies
 * well enough on one of today's displays; otherwise — a monitor unplugged, a resolution lowered — the saved
 * size is centred on the primary display, shrunk to fit. No saved state: the default size, centred.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Rect[], primary: Rect): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary), maximized: false };
  const width = Math.max(MIN_SIZE.width, saved.bounds.width);
  const height = Math.max(MIN_SIZE.height, saved.bounds.height);
  const bounds = { ...saved.bounds, width, height };
  const titleStrip = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, 40) };
  const home = workAreas.find((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= Math.min(MIN_VISIBLE, bounds.width) && o.height >= Math.min(20, titleStrip.height);
  });
  if (home && bounds.width <= home.width && bounds.height <= home.height) return { bounds, maximized: saved.maximized };
  if (home) return { bounds: centred(bounds, home), maximized: saved.maximized };
  return { bounds: centred(bounds, primary), maximized: saved.maximized };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a saved state; anything missing or malformed counts as none. */
export function parseWindowState(value: unknown): WindowState | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { bounds?: Partial<Rect>; maximized?: unknown };
  const b = v.bounds;
  if (!b || !isNum(b.x) || !isNum(b.y) || !isNum(b.width) || !isNum(b.height) || b.width <= 0 || b.height <= 0) return null;
  return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: v.maximized === true };
}

/** A small JSON settings file beside the database: window state and theme. Never throws. */
export interface DesktopSettings {
  window?: WindowState;
  theme?: 'system' | 'light' | 'dark';
}

export function readSettings(file: string): DesktopSettings {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const settings: DesktopSettings = {};
    const win = parseWindowState(raw.window);
    if (win) settings.window = win;
    if (raw.theme === 'system' || raw.theme === 'light' || raw.theme === 'dark') settings.theme = raw.theme;
    return settings;
  } catch {
    return {};
  }
}

export function writeSettings(file: string, settings: DesktopSettings): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(settings, null, 2));
  renameSync(tmp, file);
}
