import type { ErrorReason, ReasonParams } from '@brobygger/domain';

/** Why a file or a parameter was refused, as the error registry names it (BAD_USER_INPUT). */
export interface ImportProblem<R extends ErrorReason<'BAD_USER_INPUT'> = ErrorReason<'BAD_USER_INPUT'>> {
  reason: R;
  params?: ReasonParams<'BAD_USER_INPUT', R>;
}

/**
 * A problem with the file itself (not a register file, broken quoting, bad JSON, a mapping
 * naming a missing column): safe and useful to show the coordinator, and the whole import
 * stops with nothing written. `field` names the offending parameter when there is one; the
 * problem's reason and params let the web word it (the message is English, for API clients).
 */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly problem: ImportProblem,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportInputError';
  }
}
