// Numbered migrations. Each entry moves the database from version `index` to `index + 1`; never edit a released one.
import { initial } from './001-initial';

export const migrations: readonly string[] = [initial];
export const LATEST_VERSION = migrations.length;
