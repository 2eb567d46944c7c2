/** Errors a user can cause: one clear sentence, a stable code, exit code 2. */

export type UserErrorCode =
  | 'bad-path'
  | 'bad-file'
  | 'bad-rubric'
  | 'bad-config'
  | 'bad-option'
  | 'bad-baseline'
  | 'limit';

export class UserError extends Error {
  readonly code: UserErrorCode;
  /** A hint that tells the user what to do about it. */
  readonly hint?: string;

  constructor(code: UserErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
