import type { Handlers } from './dispatch';
import type { BackendContext } from '../backend/context';
import { appearanceHandlers } from '../appearance/handlers';
import { drillHandlers } from '../drill/handlers';
import { examHandlers } from '../exam/handlers';
import { homeHandlers } from '../home/handlers';
import { noteHandlers } from '../notes/handlers';
import { noteLinkHandlers } from '../notes/link-handlers';
import { packHandlers } from '../packs/handlers';
import { studyHandlers } from '../study/handlers';

/** Every contract method has exactly one handler; a missing one is a compile error. */
export const handlers = { ...packHandlers, ...homeHandlers, ...examHandlers, ...drillHandlers, ...noteHandlers, ...noteLinkHandlers, ...appearanceHandlers, ...studyHandlers } satisfies Handlers<BackendContext>;
