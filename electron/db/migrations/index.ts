// Numbered migrations, in order: entry i takes the database from version i to i + 1 (see migration.ts).
import { initial } from './001-initial';
import { drill } from './002-drill';
import { applicationId } from './003-application-id';
import { notesCorrectionsSearch } from './004-notes-corrections-search';
import { examRoom } from './005-exam-room';
import { studyLoop } from './006-study-loop';
import { noteLinks } from './007-note-links';
import { firstSource } from './008-first-source';
import type { Migration } from './migration';

export type { Migration };
export { PROCTOR_APPLICATION_ID } from './003-application-id';

export const migrations: readonly Migration[] = [initial, drill, applicationId, notesCorrectionsSearch, examRoom, studyLoop, noteLinks, firstSource];
export const LATEST_VERSION = migrations.length;

/** Versions a file may carry before it had Proctor's application id (v3 adds it). */
export const UNMARKED_VERSIONS = [1, 2];
