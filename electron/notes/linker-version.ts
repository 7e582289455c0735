// The version of the automatic linking (linker.ts, link-all.ts). Stored links record the version that computed
// them: bump this when the algorithm changes, and every learner's links are computed again at the next start.
export const LINKER_VERSION = 1;
