/** Errors that carry a stable code and a message meant for the user; anything else is a bug. */
export type ErrorCode =
  | 'bad_input'
  | 'not_found'
  | 'denied'
  | 'conflict'
  | 'unauthenticated'
  | 'unavailable'
  | 'config'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Turns a zod error into one readable line: "field: problem; field: problem". */
export function describeZodIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}
