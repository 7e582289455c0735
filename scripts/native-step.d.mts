export type Runtime = 'node' | 'electron';
export const REBUILD: Record<Runtime, { cmd: string; args: string[] }>;
export function ensureNative(
  target: string,
  io: { loadsUnder(runtime: Runtime): boolean; run(cmd: string, args: string[]): number | null; say?(message: string): void },
): number;
export function preparedRuntime(script: string | undefined): Runtime | null;
