import { getTableColumns, is, SQL, type SQLChunk } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTable,
} from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteTables from './tables';
import { nowIso, postgresNowIso } from './timestamps';

/**
 * The PostgreSQL tables, built from the one declaration in tables.ts (written with SQLite's
 * column builders) so the two dialects cannot drift: the same tables, column names, JS types,
 * defaults, keys, foreign keys, checks and indexes. What maps: text → text, integer →
 * integer, integer in boolean mode → boolean, an autoincrement key → an identity column, and
 * the ISO-timestamp default → the same string from PostgreSQL's clock. Timestamps stay ISO-8601
 * text in both, so every comparison and every value the API reads is the same.
 *
 * A column type or default not listed here throws when the module loads, so a new one is
 * mapped on purpose, and the schema-parity test compares what each database then holds.
 */

type AnySqliteTable = SQLiteTable;
const converted = new Map<AnySqliteTable, PgTable>();

function keyOf(table: AnySqliteTable, column: SQLiteColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(
    ([, candidate]) => candidate === column,
  );
  if (!entry)
    throw new Error(`Column ${column.name} is not a column of ${getTableConfig(table).name}`);
  return entry[0];
}

function postgresColumnOf(column: SQLiteColumn): PgColumn {
  const table = column.table as AnySqliteTable;
  const target = converted.get(table);
  if (!target)
    throw new Error(`Table ${getTableConfig(table).name} is referenced before it is converted`);
  return (target as unknown as Record<string, PgColumn>)[keyOf(table, column)]!;
}

/** The same SQL with every SQLite column replaced by its PostgreSQL twin (checks, index expressions). */
function translateSql(query: SQL, columnOf: (column: SQLiteColumn) => PgColumn): SQL {
  const chunks = query.queryChunks.map((chunk): SQLChunk => {
    if (is(chunk, SQLiteColumn)) return columnOf(chunk);
    if (is(chunk, SQL)) return translateSql(chunk, columnOf);
    return chunk;
  });
  return new SQL(chunks);
}

function defaultOf(column: SQLiteColumn): unknown {
  if (column.default === nowIso) return postgresNowIso;
  if (is(column.default, SQL))
    throw new Error(`No PostgreSQL form of the SQL default of ${column.name}`);
  return column.default;
}

function columnBuilder(column: SQLiteColumn): PgColumnBuilderBase {
  const name = column.name;
  let builder;
  switch (column.columnType) {
    case 'SQLiteText':
      builder = text(name, { enum: column.enumValues as [string, ...string[]] | undefined });
      break;
    case 'SQLiteBoolean':
      builder = boolean(name);
      break;
    case 'SQLiteInteger':
      builder = (column as unknown as { autoIncrement: boolean }).autoIncrement
        ? integer(name).generatedByDefaultAsIdentity()
        : integer(name);
      break;
    default:
      throw new Error(`No PostgreSQL column type for ${column.columnType} (${name})`);
  }
  if (column.primary) builder = builder.primaryKey();
  if (column.notNull) builder = builder.notNull();
  if (column.default !== undefined) builder = builder.default(defaultOf(column) as never);
  if (column.defaultFn) builder = builder.$defaultFn(column.defaultFn as never);
  if (column.onUpdateFn) builder = builder.$onUpdateFn(column.onUpdateFn as never);
  return builder;
}

function convertTable(table: AnySqliteTable): PgTable {
  const config = getTableConfig(table);
  if (
    config.foreignKeys.some((fk) => fk.reference().columns.length !== 1) ||
    config.uniqueConstraints.length
  ) {
    throw new Error(
      `${config.name}: only single-column foreign keys and unique indexes are mapped`,
    );
  }
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      let builder = columnBuilder(column as SQLiteColumn) as PgColumnBuilderBase & {
        references(ref: () => PgColumn, actions: object): PgColumnBuilderBase;
      };
      const foreignKey = config.foreignKeys.find(
        (fk) => fk.reference().columns.length === 1 && fk.reference().columns[0] === column,
      );
      if (foreignKey) {
        const reference = foreignKey.reference();
        builder = builder.references(() => postgresColumnOf(reference.foreignColumns[0]!), {
          onDelete: foreignKey.onDelete,
          onUpdate: foreignKey.onUpdate,
        }) as typeof builder;
      }
      return [key, builder];
    }),
  );
  return pgTable(config.name, columns, (t) => {
    const own = t as unknown as Record<string, PgColumn>;
    const columnOf = (column: SQLiteColumn) =>
      column.table === table ? own[keyOf(table, column)]! : postgresColumnOf(column);
    const part = (part: SQLiteColumn | SQL) =>
      is(part, SQL) ? translateSql(part, columnOf) : columnOf(part);
    return [
      ...config.indexes.map(({ config: index_ }) => {
        const [first, ...rest] = index_.columns.map(part);
        const built = (index_.unique ? uniqueIndex : index)(index_.name).on(first!, ...rest);
        return index_.where ? built.where(translateSql(index_.where, columnOf)) : built;
      }),
      ...config.checks.map((rule) => check(rule.name, translateSql(rule.value, columnOf))),
      ...config.primaryKeys.map((key) => {
        const [first, ...rest] = key.columns.map(columnOf);
        return primaryKey({ name: key.getName(), columns: [first!, ...rest] });
      }),
    ];
  });
}

for (const table of Object.values(sqliteTables)) {
  if (is(table, SQLiteTable)) converted.set(table, convertTable(table));
}

const twin = <T extends AnySqliteTable>(table: T): T => converted.get(table) as unknown as T;

/*
 * Typed as their SQLite twins: the services build queries with drizzle's builder, whose calls
 * and results are the same on both dialects for these column types (see Db in client.ts).
 */
export const organizations = twin(sqliteTables.organizations);
export const people = twin(sqliteTables.people);
export const participantProfiles = twin(sqliteTables.participantProfiles);
export const participantStatusChanges = twin(sqliteTables.participantStatusChanges);
export const talents = twin(sqliteTables.talents);
export const goals = twin(sqliteTables.goals);
export const dreams = twin(sqliteTables.dreams);
export const planSteps = twin(sqliteTables.planSteps);
export const wishedIndustries = twin(sqliteTables.wishedIndustries);
export const networks = twin(sqliteTables.networks);
export const networkMembers = twin(sqliteTables.networkMembers);
export const connections = twin(sqliteTables.connections);
export const agreements = twin(sqliteTables.agreements);
export const agreementParties = twin(sqliteTables.agreementParties);
export const opportunities = twin(sqliteTables.opportunities);
export const opportunityTalents = twin(sqliteTables.opportunityTalents);
export const introductions = twin(sqliteTables.introductions);
export const shortlistEntries = twin(sqliteTables.shortlistEntries);
export const users = twin(sqliteTables.users);
export const sessions = twin(sqliteTables.sessions);
export const loginAttempts = twin(sqliteTables.loginAttempts);
export const auditEvents = twin(sqliteTables.auditEvents);
export const meta = twin(sqliteTables.meta);
export const graphVersions = twin(sqliteTables.graphVersions);
