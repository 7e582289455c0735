// Worker-thread entry for the notes feature's slow work, so none of it ever holds up an answer being saved:
// - an import: parses one learner notes file and links the bank to it (workerData `{ fileName, raw, linking? }`);
// - a refresh: links the bank to notes already stored, after the pack or the linker changed
//   (workerData `{ relink: { linking, sections } }`).
// Posts the outcome back. Built as its own bundle (out/main/notes-worker.js); tests and the bank CLI load this
// source through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { linkAll } from './link-all';
import { parseLearnerNotes } from './parse-learner';
import type { WorkerJob } from './parse-off-thread';

const job = workerData as WorkerJob;
if ('relink' in job) {
  parentPort!.postMessage(linkAll(job.relink.linking, job.relink.sections));
} else {
  const outcome = parseLearnerNotes(job.fileName, job.raw);
  if (outcome.ok && job.linking) outcome.notes.links = linkAll(job.linking, outcome.notes.sections);
  parentPort!.postMessage(outcome);
}
