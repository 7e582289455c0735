// The app:// handler: serves the built renderer from one folder, with the security headers, to our host only.
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentType } from '../web/content-types';
import { APP_HOST, SECURITY_HEADERS } from './security-settings';

const notFound = () => new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/** The response for one app:// request. Other hosts, `..`, encoded traversal and missing files get 404. */
export async function rendererResponse(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.host !== APP_HOST) return notFound();
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (path === '/' || path === '') path = '/index.html';
  const root = normalize(rendererDir);
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) || path.includes('\0')) return notFound();
  try {
    if (!(await stat(file)).isFile()) return notFound();
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' },
    });
  } catch {
    return notFound();
  }
}
