// Where Proctor keeps its data when no --data-dir is given: the same folder Electron's app.getPath('userData')
// uses for an app named "Proctor", so the desktop app and web mode share one history.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PROCTOR_DATA_DIR) return env.PROCTOR_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Proctor');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Proctor');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Proctor');
}
