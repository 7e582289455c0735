// The only door into the backend. Every transport hands its raw payload here; nothing else calls a handler.
// Writing methods (marked in the contract) run in one transaction: a failure leaves nothing half-written, so the
// error message can truthfully say that nothing was saved.
import { contract, isMethod, isWrite, type Method, type Output, type ParsedInput } from './contract';
import { ApiError } from './errors';
import type { ApiResult } from './types';

export type Handler<M extends Method, Ctx> = (input: ParsedInput<M>, ctx: Ctx) => Output<M>;

/**
 * A writing method with slow work (parsing an imported file): `prepare` runs first, outside any transaction and off
 * the answer path where it can (a worker); `commit` then writes its outcome in one transaction.
 */
export interface StagedHandler<M extends Method, Ctx, P> {
  prepare(input: ParsedInput<M>, ctx: Ctx): Promise<P>;
  commit(input: ParsedInput<M>, prepared: P, ctx: Ctx): Output<M>;
}

/** Plain handlers for some methods: what a feature module exports, and what other features may call directly. */
export type SyncHandlers<Ctx, M extends Method> = { [K in M]: Handler<K, Ctx> };

export type Handlers<Ctx> = { [M in Method]: Handler<M, Ctx> | StagedHandler<M, Ctx, unknown> };

export const staged = <M extends Method, Ctx, P>(h: StagedHandler<M, Ctx, P>): StagedHandler<M, Ctx, unknown> =>
  h as StagedHandler<M, Ctx, unknown>;

export interface Logger {
  error(message: string, err?: unknown): void;
}

export interface DispatchOptions {
  log?: Logger;
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE … COMMIT, rolled back if it throws). */
  inTransaction: <T>(fn: () => T) => T;
  /** Turns a storage failure (disk full, read-only, locked) into an error the learner can act on; null otherwise. */
  storageError?: (err: unknown, method: Method) => ApiError | null;
}

const invalidInput = (method: Method, issues: { path: string; message: string }[]): ApiResult<never> => ({
  ok: false,
  error: {
    code: 'invalid_input',
    message: `Invalid input for ${method}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  },
});

/** Runs a write; an ApiError that keeps its changes becomes the result here, so the transaction still commits. */
function settled(run: () => unknown): ApiResult<unknown> {
  try {
    return { ok: true, value: run() };
  } catch (err) {
    if (err instanceof ApiError && err.keepsChanges) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
}

export function createDispatch<Ctx>(handlers: Handlers<Ctx>, ctx: Ctx, opts: DispatchOptions) {
  const log = opts.log ?? console;
  return async function dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (typeof method !== 'string' || !isMethod(method)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown API method "${String(method)}".` } };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return invalidInput(
        method,
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message })),
      );
    }
    const input = parsed.data;
    const writes = isWrite(method);
    try {
      const handler = handlers[method] as Handler<Method, Ctx> | StagedHandler<Method, Ctx, unknown>;
      if (typeof handler === 'function') {
        const run = () => handler(input as never, ctx);
        return writes ? opts.inTransaction(() => settled(run)) : { ok: true, value: run() };
      }
      const prepared = await handler.prepare(input as never, ctx);
      return opts.inTransaction(() => settled(() => handler.commit(input as never, prepared, ctx)));
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
      const storage = opts.storageError?.(err, method);
      if (storage) {
        log.error(`Storage error in ${method}`, err);
        return { ok: false, error: { code: storage.code, message: storage.message } };
      }
      log.error(`Internal error in ${method}`, err);
      const outcome = writes ? 'Nothing was saved: the change was undone.' : 'Nothing was changed.';
      return { ok: false, error: { code: 'internal', message: `Proctor hit an internal error in ${method}. ${outcome}` } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatch>;
export type { Method };
