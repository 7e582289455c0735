// Migration 7 is being written on another branch at the same time as 8. This stand-in keeps the list numbered
// from 1 without gaps until that branch lands: at the merge, its migration 7 replaces this file.
import type { Migration } from './migration';

export const placeholder7: Migration = { version: 7, name: 'placeholder', up: () => {} };
