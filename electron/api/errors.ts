import type { ErrorCode } from './types';

/** A failure a handler means to report; anything else thrown becomes `internal`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /**
     * Inside a writing method, an error normally undoes the whole call. Set this when what was written before the
     * error must stand, and the message says so (an exam submitted because its time ran out).
     */
    readonly keepsChanges = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} was not found.`);
export const invalid = (message: string) => new ApiError('invalid_input', message);
