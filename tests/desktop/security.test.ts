// The desktop app's security, checked on the running main process (electron/app/ under Node against the Electron
// stand-in), not on source text: the options the window is really created with, what the app:// handler really
// serves, which IPC callers are really refused, what navigation is really denied.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_NOTES_CHARS, MENU_CHANNEL } from '../../electron/app/channels';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, WEB_PREFERENCES } from '../../electron/app/security-settings';
import { bootPerTest, fixtureRenderer, tempDir, waitFor } from './harness';

const start = bootPerTest();

type Ok<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

describe('the window', () => {
  it('creates the window with exactly the settings of security-settings.ts', async () => {
    const { win } = await start();
    const prefs = { ...win!.options.webPreferences };
    expect(typeof prefs.preload).toBe('string');
    delete prefs.preload;
    expect(prefs).toEqual({ ...WEB_PREFERENCES });
  });

});

describe('the app:// handler', () => {
  it('serves the renderer with the security headers and content types, and nothing else', async () => {
    const { dir, secret } = fixtureRenderer();
    const { standin } = await start({ rendererDir: dir });
    const html = await standin.fetch('app://proctor/index.html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(html.headers.get(name)).toBe(value);
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await standin.fetch('app://proctor/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await standin.fetch('app://proctor/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await standin.fetch('app://proctor/missing.js')).status).toBe(404);
    expect((await standin.fetch('app://evil/index.html')).status).toBe(404);
    for (const path of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', '%2e%2e%2fsecret.txt', '..%5csecret.txt', '%2E%2E%2F..%2Fsecret.txt', 'assets/..%2f..%2fsecret.txt', '%E0%A4%A']) {
      const res = await standin.fetch(`app://proctor/${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain(secret);
    }
    // A sibling folder whose name starts like the renderer's is outside it too.
    expect((await standin.fetch('app://proctor/..%2frenderer-secret.txt')).status).toBe(404);
  });

  it('serves the built page with the CSP in its meta tag and in the response headers', async () => {
    const { standin } = await start();
    const res = await standin.fetch('app://proctor/index.html');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta CSP, so the meta tag carries the rest.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await standin.fetch(`app://proctor/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});

describe('the page and its IPC', () => {
  it('answers API calls from its own top frame and refuses any other frame before dispatching', async () => {
    const { win } = await start();
    const wc = win!.webContents;
    const info = (await wc.invoke('proctor:api', ['app.info', {}])) as Ok<{ version: string }>;
    expect(info.ok).toBe(true);
    const packs = (await wc.invoke('proctor:api', ['packs.list', {}])) as Ok<{ id: string }[]>;
    expect(packs.ok).toBe(true);
    const packId = (packs as { value: { id: string }[] }).value[0]!.id;
    const attacks = [wc.childFrame('app://proctor/index.html'), wc.childFrame('https://evil.example/'), { ...wc.mainFrame, url: 'https://evil.example/', origin: 'https://evil.example' }, null];
    for (const frame of attacks) {
      const r = (await wc.invoke('proctor:api', ['exam.start', { packId }], frame)) as Ok;
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.error.message).toMatch(/Refused/);
    }
    // Nothing the refused calls asked for happened.
    const active = (await wc.invoke('proctor:api', ['exam.active', { packId }])) as Ok;
    expect(active).toEqual({ ok: true, value: null });
  });

  it('denies navigation away from the app, new windows, webviews, permissions and remote requests', async () => {
    const { win, electron } = await start();
    const wc = win!.webContents;
    expect(wc.tryNavigate('https://example.com/')).toBe(false);
    expect(wc.tryNavigate('file:///etc/passwd')).toBe(false);
    expect(wc.tryNavigate('app://other/index.html')).toBe(false);
    expect(wc.tryNavigate('app://proctor/index.html')).toBe(true);
    expect(wc.tryOpenWindow('https://example.com/')).toBe(false);
    expect(wc.tryOpenWindow('app://proctor/index.html')).toBe(false);
    expect(wc.tryAttachWebview()).toBe(false);
    const ses = electron.session.defaultSession;
    expect(await ses.requestPermission('media')).toBe(false);
    expect(ses.checkPermission('notifications')).toBe(false);
    expect(await ses.allowsRequest('https://example.com/x.js')).toBe(false);
    expect(await ses.allowsRequest('app://proctor/index.html')).toBe(true);
  });

  it('the preload exposes invoke and only well-formed menu messages', async () => {
    const { standin, win } = await start();
    standin.preloadTarget = win!.webContents;
    await import('../../electron/app/preload');
    const bridge = standin.mainWorld.proctor as {
      invoke(m: string, i: unknown): Promise<Ok>;
      onMenuCommand(l: (c: unknown) => void): () => void;
    };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect((await bridge.invoke('app.info', {})).ok).toBe(true);
    const got: unknown[] = [];
    const off = bridge.onMenuCommand((c) => got.push(c));
    const notes = join(tempDir('proctor-notes-'), 'my notes.md');
    writeFileSync(notes, '# Bedrock\n\nGuardrails filter content.\n');
    standin.openDialogAnswers.push([notes]);
    standin.clickMenu('File', 'Import Notes…');
    await waitFor(() => got.length === 1, 'the import message');
    standin.clickMenu('Help', 'Keyboard Shortcuts');
    const send = (m: unknown) => win!.webContents.send(MENU_CHANNEL, m);
    send('rm -rf /');
    send('import-notes');
    send({ command: 'import-notes' });
    send({ command: 'import-notes', file: { name: 'x.md', text: 'a'.repeat(MAX_NOTES_CHARS + 1) } });
    send({ command: 'import-notes', file: { name: '', text: 'a' } });
    send({ command: 'open-devtools' });
    expect(got).toEqual([{ command: 'import-notes', file: { name: 'my notes.md', text: '# Bedrock\n\nGuardrails filter content.\n' } }, { command: 'show-shortcuts' }]);
    off();
    standin.clickMenu('Help', 'Keyboard Shortcuts');
    expect(got).toHaveLength(2);
  });
});

