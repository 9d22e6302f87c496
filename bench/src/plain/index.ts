import { dialectOfUrl, type DatabaseLocation, type Dialect } from '@brobygger/db';
import { openPlainPostgres } from './postgres';
import { openPlainSqlite } from './sqlite';
import type { CandidatePage, CandidateQuestion } from './candidates';

export type { CandidateCardJson, CandidatePage, CandidateQuestion } from './candidates';
export { employerCardIds } from './candidates';

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
  /**
   * One employer's candidate search, answered as the API answers it (same filter, same ranking
   * and order, same count, the same card fields): the first page of 20 cards under `cardId`.
   */
  searchCandidates(
    question: CandidateQuestion,
    cardId: (personId: string) => string,
  ): Promise<CandidatePage>;
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

/** The baseline for the database at `location`, in that database's dialect. */
export function openPlain(location: DatabaseLocation): Promise<PlainDatabase> {
  return dialectOfUrl(location.url) === 'postgres'
    ? openPlainPostgres(location.url!)
    : Promise.resolve(openPlainSqlite(location.path));
}
