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
  return {
    prepare(source: string) {
      return new RoutedStatement(source, connection);
    },
  };
}

/** The part of better-sqlite3's Statement that drizzle uses, on whichever connection is free. */
class RoutedStatement {
  private rawRows = false;
  private readonly prepared = new Map<Database.Database, Statement>();

  constructor(
    private readonly source: string,
    private readonly connection: () => Database.Database,
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
    const db = this.connection();
    let statement = this.prepared.get(db);
    if (!statement) this.prepared.set(db, (statement = db.prepare(this.source)));
    // raw() is only allowed on statements that return rows.
    if (statement.reader) statement.raw(this.rawRows);
    return statement;
  }
}
