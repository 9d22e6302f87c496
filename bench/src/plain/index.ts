import { dialectOfUrl, type DatabaseLocation, type Dialect } from '@brobygger/db';
import { openPlainPostgres } from './postgres';
import { openPlainSqlite } from './sqlite';

/**
 * The floor each section measures the API against: the same rows read with the dialect's own
 * driver and plain SQL, no GraphQL, no ORM. One module per dialect (sqlite.ts, postgres.ts)
 * holds its SQL; the sections see only this interface.
 */
export interface PlainDatabase {
  /** How the baseline is named in the report: "plain better-sqlite3", "plain pg". */
  readonly name: string;
  readonly dialect: Dialect;
  /** The database engine's version, and where the data lives (no password). */
  describe(): Promise<{ version: string; where: string }>;
  /** Rows of a statement without parameters that both dialects read alike (helper reads, not timed). */
  rows<T>(statement: string): Promise<T[]>;
  /** The rows the unfiltered graph is made of. */
  graphRows(): Promise<GraphRows>;
  /** One opening's ranked first page of visible candidates (21 rows, the page and one more), their cards' rows and the count. */
  rankedCandidates(openingId: string): Promise<RankedCandidates>;
  close(): Promise<void>;
}

export interface GraphNodeRow {
  id: string;
  label: string;
  kind: string;
  sector: string;
}

export interface GraphRows {
  /** Organisations, people (PERSON or PARTICIPANT) and networks. */
  nodes: GraphNodeRow[];
  /** People with an organisation: person `id`, organisation `o`. */
  affiliations: { id: string; o: string }[];
  connections: { id: string; a: string; b: string }[];
  /** Membership `id`, network `n`, member `m`. */
  memberships: { id: string; n: string; m: string }[];
  /** Agreement `a`, party `p`, in agreement order. */
  parties: { a: string; p: string }[];
}

export interface RankedCandidates {
  total: number;
  profiles: unknown[];
  talents: unknown[];
  goals: unknown[];
  industries: unknown[];
}

/** The baseline for the database at `location`, in that database's dialect. */
export function openPlain(location: DatabaseLocation): Promise<PlainDatabase> {
  return dialectOfUrl(location.url) === 'postgres'
    ? openPlainPostgres(location.url!)
    : Promise.resolve(openPlainSqlite(location.path));
}
