// Worker-thread entry: parses one learner notes file and posts the outcome back. Built as its own bundle
// (out/main/notes-worker.js); tests and the bank CLI load this source through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { parseLearnerNotes } from './parse-learner';

const { fileName, raw } = workerData as { fileName: string; raw: string };
parentPort!.postMessage(parseLearnerNotes(fileName, raw));
