// The renderer's one way to the backend, typed from the contract: `api.exam.saveAnswer(input)`. Only types are
// imported from the contract, so zod stays out of the renderer bundle; the backend validates every payload.
import type { Api, Method } from '../../../electron/api/contract';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../../electron/api/types';
import { METHOD_NAMES } from './methods';

export type Transport = (method: Method, input: unknown) => Promise<ApiResult<unknown>>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiErrorBody['issues'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues;
  }
}

type Call = (input?: unknown) => Promise<unknown>;

/**
 * Plain frozen objects holding exactly the contract's methods, not a Proxy that answers every name: an unknown
 * group or method is undefined, and `await api.exam` finds no `then`, so it resolves instead of sending a call.
 * Prototype-less, so `api.exam.toString` is not mistaken for a method either.
 */
export function createClient(transport: Transport): Api {
  const groups: Record<string, Record<string, Call>> = Object.create(null);
  for (const method of METHOD_NAMES) {
    const dot = method.indexOf('.');
    const group = method.slice(0, dot);
    const calls: Record<string, Call> = (groups[group] ??= Object.create(null));
    calls[method.slice(dot + 1)] = async (input) => {
      const result = await transport(method, input ?? {});
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  for (const group of Object.values(groups)) Object.freeze(group);
  return Object.freeze(groups) as unknown as Api;
}

export type { Api };
