import type { ApiResult } from '../../../electron/api/types';
import type { Transport } from './client';

interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

/** Electron: the preload bridge. */
export const ipcTransport =
  (bridge: Bridge): Transport =>
  (method, input) =>
    bridge.invoke(method, input) as Promise<ApiResult<unknown>>;

/** Web mode: loopback HTTP with the per-run token as a header. */
export const httpTransport =
  (token: string, base = ''): Transport =>
  async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Proctor-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Cannot reach the Proctor server. Is `npm run web` still running?' } };
    }
    if (res.status === 401 || res.status === 403) {
      return { ok: false, error: { code: 'invalid_input', message: 'This page is not authorized: open the exact URL that `npm run web` printed.' } };
    }
    return (await res.json()) as ApiResult<unknown>;
  };

/** Picks the transport for where the renderer runs. */
export function defaultTransport(): Transport {
  const bridge = (window as unknown as { proctor?: Bridge }).proctor;
  if (bridge) return ipcTransport(bridge);
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return httpTransport(token);
}

/** Tests: calls the backend's dispatch in-process, with the same JSON round-trip every other transport has. */
export const directTransport =
  (dispatch: (method: string, input: unknown) => Promise<ApiResult<unknown>>): Transport =>
  async (method, input) =>
    JSON.parse(JSON.stringify(await dispatch(method, JSON.parse(JSON.stringify(input ?? {}))))) as ApiResult<unknown>;
