// Numbered migrations. Each entry moves the database from version `index` to `index + 1`; never edit a released one.
import { initial } from './001-initial';
import { drill } from './002-drill';

export const migrations: readonly string[] = [initial, drill];
export const LATEST_VERSION = migrations.length;
