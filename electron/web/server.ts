// The API over loopback HTTP for `npm run web` and the browser tests. Binds to 127.0.0.1 only; every request must
// carry the per-run token (401 before anything else is looked at), and the Host header must be our own (403), so
// another site in the browser cannot reach it (DNS rebinding) and another local user cannot either.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { contentType } from './content-types';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from '../app/security-settings';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

// Room for the largest payload, a learner's notes file (2 million characters, up to 4 bytes each when escaped).
const MAX_BODY = 9 * 1024 * 1024;

class TooLarge extends Error {}
// Cookies are shared by every port of 127.0.0.1, so each server names its own: a second Proctor, or any other
// local page setting a cookie, cannot overwrite this one's token.
const tokenCookie = (port: number) => `proctor_token_${port}`;

/** A path's percent-escapes decoded, or null when they are malformed (a 400, not a crash). */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const statusOf = (code: string): number =>
  ({ internal: 500, storage: 503, not_found: 404 })[code] ?? 400;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodePath(v.join('=')) ?? undefined;
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is read and dropped, so the client still gets a clear 413 rather than a reset.
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => (size > MAX_BODY ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const presented =
      (req.headers['x-proctor-token'] as string | undefined) ?? url.searchParams.get('token') ?? cookie(req, tokenCookie(port));
    if (!presented || !safeEqual(presented, token)) return send(res, 401, 'Unauthorized: this Proctor server needs its per-run token.');
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden: unexpected Host header.');

    if (url.pathname.startsWith('/api/')) {
      // The API takes the token only as a header, never from a cookie, so a cross-site form cannot call it.
      if (!req.headers['x-proctor-token']) return send(res, 401, 'Unauthorized: send the token in X-Proctor-Token.');
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', undefined, { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send application/json.');
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length ? JSON.parse(body) : {};
      } catch (err) {
        if (err instanceof TooLarge) {
          return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: `The request is larger than ${MAX_BODY / 1024 / 1024} MB.` } });
        }
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
      }
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (method === null) return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request path has a malformed % escape.' } });
      const result = await opts.dispatch(method, input);
      return sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const decoded = decodePath(url.pathname);
    if (decoded === null) return send(res, 400, 'Bad request: the path has a malformed % escape.');
    const rel = url.pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(opts.staticDir, rel));
    const inside = file.startsWith(normalize(opts.staticDir) + sep);
    const target = inside && existsSync(file) && statSync(file).isFile() ? file : join(opts.staticDir, 'index.html');
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(target),
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'max-age=31536000, immutable',
    };
    if (url.searchParams.get('token')) {
      headers['Set-Cookie'] = `${tokenCookie(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(target).pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
