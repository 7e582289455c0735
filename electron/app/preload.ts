// The only bridge between the sandboxed page and the main process: `invoke(method, input)` for the API, and
// `onMenuCommand(listener)` for the menu items whose work happens in the page (channels.ts describes them;
// anything else on that channel is dropped, and the page never sees the IPC event object).
import { contextBridge, ipcRenderer } from 'electron';
import { MENU_CHANNEL, parseMenuMessage, type MenuMessage } from './channels';

contextBridge.exposeInMainWorld('proctor', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('proctor:api', method, input),
  onMenuCommand: (listener: (message: MenuMessage) => void): (() => void) => {
    const relay = (_event: unknown, value: unknown) => {
      const message = parseMenuMessage(value);
      if (message) listener(message);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
});
