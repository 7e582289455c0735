// The IPC adapter: one channel, the sender frame checked against our own page before the payload is looked at.
import { ipcMain } from 'electron';
import type { Dispatch } from '../api/dispatch';
import { isTrustedSender } from './security-settings';

export function serveApiOverIpc(dispatch: Dispatch): void {
  ipcMain.handle('proctor:api', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'invalid_input', message: 'Refused: the call did not come from Proctor’s own page.' } };
    }
    return dispatch(typeof method === 'string' ? method : '', input);
  });
}
