// The only door into the backend. Every transport hands its raw payload here; nothing else calls a handler.
import { contract, isMethod, type Method, type Output, type ParsedInput } from './contract';
import { ApiError } from './errors';
import type { ApiResult } from './types';

export type Handlers<Ctx> = { [M in Method]: (input: ParsedInput<M>, ctx: Ctx) => Output<M> };

export interface Logger {
  error(message: string, err?: unknown): void;
}

export function createDispatch<Ctx>(handlers: Handlers<Ctx>, ctx: Ctx, log: Logger = console) {
  return function dispatch(method: string, rawInput: unknown): ApiResult<unknown> {
    if (typeof method !== 'string' || !isMethod(method)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown API method "${String(method)}".` } };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${method}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      return { ok: true, value: handler(parsed.data, ctx) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
      log.error(`Internal error in ${method}`, err);
      return { ok: false, error: { code: 'internal', message: `Proctor hit an internal error in ${method}. Nothing was changed.` } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatch>;
export type { Method };
