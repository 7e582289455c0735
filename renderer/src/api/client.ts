// The renderer's one way to the backend, typed from the contract: `api.exam.saveAnswer(input)`. Only types are
// imported from the contract, so zod stays out of the renderer bundle; the backend validates every payload.
import type { Api, Method } from '../../../electron/api/contract';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../../electron/api/types';

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

export function createClient(transport: Transport): Api {
  return new Proxy({} as Api, {
    get(_target, group: string) {
      return new Proxy(
        {},
        {
          get(_t, name: string) {
            return async (input: unknown) => {
              const result = await transport(`${group}.${name}` as Method, input ?? {});
              if (!result.ok) throw new ApiError(result.error);
              return result.value;
            };
          },
        },
      );
    },
  });
}

export type { Api };
