import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { prepareRead, type Db } from '@brobygger/db';

/** Placeholder values by name. */
export type Values = Record<string, unknown>;

/** How a value enters a query: a named placeholder of a prepared statement, or the value itself. */
export type Value = (name: string, value: unknown) => unknown;

/** A read the query builder made: awaited as it is, or prepared once and run with new values. */
export interface ShapedQuery<Row> extends PromiseLike<Row[]> {
  prepare(): { all(values?: Values): Row[] | Promise<Row[]> };
}

/** Shapes kept per database; past this, a new shape is run as an ordinary query (no unbounded set of statements). */
const MAX_SHAPES = 256;

const prepared = new WeakMap<Db, Map<string, (values: Values) => Promise<unknown[]>>>();

/**
 * Runs a read that the candidate search asks with new values on every request, prepared once
 * per database and *shape*: building a drizzle query and preparing its statement cost more
 * than running the small ones, and as much as the ranking itself.
 *
 * `build` takes every value that may change between requests through `value(name, …)` and
 * returns how to make the query from what it was given (only called when the shape is new).
 * The shape is `kind` (what else decides the SQL text: name there every choice made without
 * a value) and the names given, in order: two requests of equal shape have equal SQL text, so
 * the first one's statement serves the second with its own values.
 */
export async function shapedRead<Row>(db: Db, kind: string, build: (value: Value) => () => ShapedQuery<Row>): Promise<Row[]> {
  const values: Values = {};
  const make = build((name, value) => {
    values[name] = value;
    return sql.placeholder(name);
  });
  const shape = `${kind}|${Object.keys(values).join(',')}`;
  let shapes = prepared.get(db);
  if (!shapes) prepared.set(db, (shapes = new Map<string, (values: Values) => Promise<unknown[]>>()));
  let run = shapes.get(shape);
  if (!run) {
    if (shapes.size >= MAX_SHAPES) return build((_name, value) => value)();
    // PostgreSQL names its prepared statements: one name per SQL text.
    const name = `cand_${createHash('sha256').update(shape).digest('hex').slice(0, 24)}`;
    run = prepareRead(make(), name);
    shapes.set(shape, run);
  }
  return (await run(values)) as Row[];
}
