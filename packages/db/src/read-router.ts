import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[]>;

/**
 * Where the read side's statements run: on the write connection whenever no write transaction
 * is open on it, otherwise on the read connection.
 *
 * Why: SQLite empties a connection's page cache each time it sees that another connection has
 * committed. A second connection beside a busy writer therefore reads most pages from the
 * file again; measured on the 20,000-people network under load, its queries took two to ten
 * times as long as on the writer, whose cache stays warm because it made the changes itself.
 * While a write transaction is open its uncommitted changes must stay invisible, so reads then
 * go to the read connection, which sees only committed data under WAL.
 *
 * The choice is made per execution, not when the statement is prepared: drizzle's prepared
 * queries (`.prepare()`) keep their statement for the life of the process.
 */
export function readRouter(writer: Database.Database, reader: Database.Database) {
  const connection = () => (writer.inTransaction ? reader : writer);
  const compiled = new CompiledStatements();
  return {
    prepare(source: string) {
      return new RoutedStatement(source, connection, compiled);
    },
  };
}

/**
 * The write side's drizzle client: every statement on the write connection, each SQL text
 * compiled once (CompiledStatements), as the read side's are. Only `prepare` is offered:
 * drizzle's own transactions are not used (the write queue runs its own, group-commit.ts).
 */
export function compiledOn(writer: Database.Database) {
  const compiled = new CompiledStatements();
  const connection = () => writer;
  return {
    prepare(source: string) {
      return new RoutedStatement(source, connection, compiled);
    },
  };
}

/** How many distinct statements each connection keeps compiled. */
const MAX_COMPILED = 1_000;

/**
 * Statements compiled once per connection and SQL text. drizzle asks for a new statement each
 * time a query is built, and compiling it again was 4–8 % of a request's CPU under load (pnpm
 * bench). Sharing one compiled statement is safe here: `all`, `get` and `run` finish before
 * they return, and each use sets `raw` again. The oldest entry goes when the cache is full.
 */
class CompiledStatements {
  private readonly byConnection = new Map<Database.Database, Map<string, Statement>>();

  get(db: Database.Database, source: string): Statement {
    let statements = this.byConnection.get(db);
    if (!statements) this.byConnection.set(db, (statements = new Map<string, Statement>()));
    let statement = statements.get(source);
    if (!statement) {
      if (statements.size >= MAX_COMPILED) statements.delete(statements.keys().next().value!);
      statements.set(source, (statement = db.prepare(source)));
    }
    return statement;
  }
}

/** The part of better-sqlite3's Statement that drizzle uses, on whichever connection is free. */
class RoutedStatement {
  private rawRows = false;

  constructor(
    private readonly source: string,
    private readonly connection: () => Database.Database,
    private readonly compiled: CompiledStatements,
  ) {}

  raw(toggle = true): this {
    this.rawRows = toggle;
    return this;
  }

  all(...params: unknown[]): unknown[] {
    return this.statement().all(...params);
  }

  get(...params: unknown[]): unknown {
    return this.statement().get(...params);
  }

  run(...params: unknown[]): Database.RunResult {
    return this.statement().run(...params);
  }

  private statement(): Statement {
    const statement = this.compiled.get(this.connection(), this.source);
    // raw() is only allowed on statements that return rows.
    if (statement.reader) statement.raw(this.rawRows);
    return statement;
  }
}
