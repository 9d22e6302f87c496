/**
 * A problem with the file itself (not a register file, broken quoting, bad JSON, a mapping
 * naming a missing column): safe and useful to show the coordinator, and the whole import
 * stops with nothing written. `field` names the offending parameter when there is one.
 */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportInputError';
  }
}
