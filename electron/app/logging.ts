// One log file for the main process and the backend: <data folder>/logs/main.log, rotated to main.old.log at
// 1 MB (so at most about 2 MB on disk), via electron-log. Its Node flavour is used on purpose: it needs no
// 'electron' import and registers no IPC channel, so the page cannot write to the log.
import electronLog from 'electron-log/node';
import { join } from 'node:path';

export const LOG_FILE = 'main.log';
export const LOG_MAX_BYTES = 1024 * 1024;

export interface AppLog {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  /** The folder Help → Open Log Folder opens. */
  folder: string;
}

export function logsFolder(dataDir: string): string {
  return join(dataDir, 'logs');
}

export function createLog(dataDir: string, opts: { console?: boolean } = {}): AppLog {
  const folder = logsFolder(dataDir);
  const log = electronLog.create({ logId: `proctor:${folder}` });
  log.transports.file.resolvePathFn = () => join(folder, LOG_FILE);
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = opts.console === false ? false : 'warn';
  return {
    info: (...a) => log.info(...a),
    warn: (...a) => log.warn(...a),
    error: (...a) => log.error(...a),
    folder,
  };
}
