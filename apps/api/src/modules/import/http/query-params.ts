import type { Request } from 'express';
import type { ImportProblem } from '../import-error';
import type { HttpRefusal } from './request-viewer';

type Query = Request['query'];

/** Every value of a parameter, whether repeated (`?kommune=4003&kommune=4001`) or comma-separated. */
export function listParam(query: Query, name: string): string[] {
  const raw = query[name];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** `dryRun=true|false`; anything else is refused rather than taken as a real run. */
export function dryRunParam(query: Query): boolean | HttpRefusal {
  const value = query.dryRun;
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return badParam('dryRun', 'dryRun must be true or false.', { reason: 'IMPORT_DRY_RUN' });
}

/** A query parameter refused: BAD_USER_INPUT on `field`, with a registered reason. */
export function badParam(field: string, message: string, problem: ImportProblem): HttpRefusal {
  return { status: 400, code: 'BAD_USER_INPUT', message, field, ...problem };
}
