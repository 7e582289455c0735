// Worker-thread entry: parses one learner notes file and posts the outcome back, with every question's link into
// it worked out here too, so neither the parse nor the linking ever holds up an answer being saved. Built as its
// own bundle (out/main/notes-worker.js); tests and the bank CLI load this source through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { linkAll, type LinkInput } from './link-all';
import { parseLearnerNotes } from './parse-learner';

const { fileName, raw, linking } = workerData as { fileName: string; raw: string; linking?: LinkInput };
const outcome = parseLearnerNotes(fileName, raw);
if (outcome.ok && linking) outcome.notes.links = linkAll(linking, outcome.notes.sections);
parentPort!.postMessage(outcome);
