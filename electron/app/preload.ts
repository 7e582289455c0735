// The only bridge between the sandboxed page and the main process: one `invoke(method, input)`.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('proctor', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('proctor:api', method, input),
});
