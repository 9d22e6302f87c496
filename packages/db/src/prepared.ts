import { activeDialect } from './dialect';

/**
 * Queries built once and run many times with new values (`sql.placeholder`), on either
 * dialect: building a drizzle query costs more than running a small one. SQLite prepares the
 * statement on its connection; PostgreSQL prepares it, under `name`, on each pooled connection
 * that runs it.
 */
type Values = Record<string, unknown>;

interface PreparableRead<Row> {
  prepare(): { all(values?: Values): Row[] | Promise<Row[]> };
}

interface PreparableWrite {
  prepare(): { run(values?: Values): unknown };
}

interface PostgresPrepared<Row> {
  prepare(name: string): { execute(values?: Values): Promise<Row> };
}

export function prepareRead<Row>(
  query: PreparableRead<Row>,
  name: string,
): (values: Values) => Promise<Row[]> {
  if (activeDialect === 'sqlite') {
    const statement = query.prepare();
    return (values) => Promise.resolve(statement.all(values));
  }
  const statement = (query as unknown as PostgresPrepared<Row[]>).prepare(name);
  return (values) => statement.execute(values);
}

export function prepareWrite(
  query: PreparableWrite,
  name: string,
): (values: Values) => Promise<void> {
  if (activeDialect === 'sqlite') {
    const statement = query.prepare();
    return (values) => Promise.resolve(void statement.run(values));
  }
  const statement = (query as unknown as PostgresPrepared<unknown>).prepare(name);
  return (values) => statement.execute(values).then(() => {});
}
