// Where the window opens: the saved bounds when they are on a display today, otherwise back on screen.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, readSettings, restoreBounds, writeSettings, type Rect } from '../../electron/app/window-state';
import { tempDir } from './harness';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const right: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };
const above: Rect = { x: 0, y: -1080, width: 1920, height: 1080 };
const inside = (r: Rect, area: Rect) => r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

describe('restoreBounds', () => {
  it('first start: the default size, centred on the primary display', () => {
    const { bounds, maximized } = restoreBounds(null, [laptop], laptop);
    expect(maximized).toBe(false);
    expect(bounds).toEqual({ x: 120, y: 40, ...DEFAULT_SIZE });
  });

  it('keeps saved bounds that are on a display, on any monitor, maximized or not', () => {
    const onRight = { bounds: { x: 2000, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(restoreBounds(onRight, [laptop, right], laptop)).toEqual(onRight);
    const onTop = { bounds: { x: 100, y: -900, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(onTop, [laptop, above], laptop)).toEqual(onTop);
  });

  it('puts the window back on the primary display when its monitor is gone', () => {
    for (const saved of [
      { bounds: { x: 2000, y: 100, width: 1300, height: 900 }, maximized: false },
      { bounds: { x: 100, y: -900, width: 1000, height: 700 }, maximized: true },
      { bounds: { x: -5000, y: 5000, width: 800, height: 600 }, maximized: false },
    ]) {
      const { bounds, maximized } = restoreBounds(saved, [laptop], laptop);
      expect(inside(bounds, laptop), JSON.stringify(saved)).toBe(true);
      expect(bounds.width).toBe(Math.min(saved.bounds.width, laptop.width));
      expect(maximized).toBe(saved.maximized);
    }
  });

  it('moves a window whose title bar is off screen, even if a corner is still showing', () => {
    const titleAbove = { bounds: { x: 200, y: -600, width: 1000, height: 700 }, maximized: false };
    expect(inside(restoreBounds(titleAbove, [laptop], laptop).bounds, laptop)).toBe(true);
    const sliver = { bounds: { x: 1400, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(inside(restoreBounds(sliver, [laptop], laptop).bounds, laptop)).toBe(true);
  });

  it('shrinks a window larger than its display after a resolution change, and never below the minimum', () => {
    const big = { bounds: { x: 0, y: 0, width: 2400, height: 1400 }, maximized: false };
    expect(restoreBounds(big, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    const tiny = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false };
    expect(restoreBounds(tiny, [laptop], laptop).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('the settings file', () => {
  it('round-trips, and a damaged or foreign file counts as no settings', () => {
    const file = join(tempDir('proctor-settings-'), 'desktop-settings.json');
    expect(readSettings(file)).toEqual({});
    writeSettings(file, { window: { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true }, theme: 'dark' });
    expect(readSettings(file)).toEqual({ window: { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true }, theme: 'dark' });
    writeFileSync(file, '{"window": {"bounds": {"x": "1e9"}}, "theme": "neon"');
    expect(readSettings(file)).toEqual({});
    writeFileSync(file, JSON.stringify({ window: { bounds: { x: 0, y: 0, width: -5, height: 10 } }, theme: 'neon' }));
    expect(readSettings(file)).toEqual({});
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' })).toEqual({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
  });
});
