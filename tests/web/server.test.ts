import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/security-settings';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir, testBackend } from '../helpers';

let web: WebServer;
let close: () => void;

beforeAll(async () => {
  const { backend } = await testBackend();
  const staticDir = tempDir('proctor-static-');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Proctor</title>');
  writeFileSync(join(staticDir, 'assets/app.js'), 'console.log(1)');
  web = await startWebServer({ dispatch: backend.dispatch, staticDir });
  close = () => backend.close();
});
afterAll(async () => {
  await web.close();
  close();
});

function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Proctor-Token': web.token, Host: `127.0.0.1:${web.port}`, ...headers },
    body: JSON.stringify(input),
  });

describe('web mode server', () => {
  it('binds to 127.0.0.1 only', () => {
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers 401 to a request without the token, before anything else', async () => {
    const noToken = await send({ path: '/api/packs.list', method: 'POST', headers: { Host: 'evil.example' } });
    expect(noToken.status).toBe(401);
    expect((await send({ path: '/' })).status).toBe(401);
    expect((await api('packs.list', {}, { 'X-Proctor-Token': 'wrong' })).status).toBe(401);
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    expect((await api('packs.list', {}, { Host: `evil.example:${web.port}` })).status).toBe(403);
    expect((await api('packs.list', {}, { Host: `localhost:${web.port}` })).status).toBe(200);
  });

  it('serves the API with typed errors and no CORS', async () => {
    const ok = await api('packs.list', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value[0].id).toBe('mini');
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const unknown = await api('nope.nope', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('not_found');
    const bad = await api('exam.start', { packId: 7 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_input');
    const notJson = await send({ path: '/api/packs.list', method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Proctor-Token': web.token, Host: `127.0.0.1:${web.port}` }, body: '{' });
    expect(JSON.parse(notJson.body).error.code).toBe('invalid_input');
  });

  it('names its cookie per server, so a second Proctor or another local page cannot overwrite it', async () => {
    const other = await startWebServer({ dispatch: async () => ({ ok: true, value: null }), staticDir: tempDir('proctor-static-') });
    try {
      const first = await send({ path: `/?token=${web.token}`, headers: { Host: `127.0.0.1:${web.port}` } });
      // The browser holds both cookies for 127.0.0.1; each server reads only its own.
      const both = `${String(first.headers['set-cookie']).split(';')[0]}; proctor_token_${other.port}=${other.token}; proctor_token=junk`;
      const asset = await send({ path: '/assets/app.js', headers: { Host: `127.0.0.1:${web.port}`, Cookie: both } });
      expect(asset.status).toBe(200);
      expect(asset.body).toBe('console.log(1)');
      const foreign = await send({ path: '/assets/app.js', headers: { Host: `127.0.0.1:${web.port}`, Cookie: `proctor_token_${other.port}=${other.token}` } });
      expect(foreign.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('answers 400, not 500, to a malformed % escape in a path or a cookie', async () => {
    const host = { Host: `127.0.0.1:${web.port}` };
    expect((await api('exam%E0%A4%A.start', {})).status).toBe(400);
    expect((await send({ path: `/assets/%E0%A4%A?token=${web.token}`, headers: host })).status).toBe(400);
    const badCookie = await send({ path: '/assets/app.js', headers: { ...host, Cookie: `proctor_token_${web.port}=%E0%A4%A` } });
    expect(badCookie.status).toBe(401);
  });

  it('does not accept the token from a cookie for API calls', async () => {
    const r = await send({ path: '/api/packs.list', method: 'POST', headers: { Cookie: `proctor_token_${web.port}=${web.token}`, Host: `127.0.0.1:${web.port}`, 'Content-Type': 'application/json' } });
    expect(r.status).toBe(401);
  });

  it('serves the page with the strict CSP and a session cookie, and never files outside the build', async () => {
    const page = await send({ path: `/?token=${web.token}`, headers: { Host: `127.0.0.1:${web.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(String(page.headers['set-cookie'])).toMatch(new RegExp(`^proctor_token_${web.port}=.*HttpOnly; SameSite=Strict`));
    const asset = await send({ path: '/assets/app.js', headers: { Host: `127.0.0.1:${web.port}`, Cookie: `proctor_token_${web.port}=${web.token}` } });
    expect(asset.body).toBe('console.log(1)');
    const escape = await send({ path: '/../../../etc/passwd', headers: { Host: `127.0.0.1:${web.port}`, Cookie: `proctor_token_${web.port}=${web.token}` } });
    expect(escape.body).not.toContain('root:');
  });

  it('carries a large notes file, and answers an oversized body with 413 and a clear message', async () => {
    const notes = `# Big notes\n\n${`## Section\n${'Some text about tokens and context windows. '.repeat(25)}\n`.repeat(1_000)}`;
    expect(notes.length).toBeGreaterThan(1_000_000);
    const ok = await api('notes.importLearner', { packId: 'mini', fileName: 'big.md', markdown: notes });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value.sections).toBe(1_001);

    const tooBig = await api('notes.importLearner', { packId: 'mini', fileName: 'huge.md', markdown: 'x'.repeat(10 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request is larger than 9 MB.' } });
  });
});