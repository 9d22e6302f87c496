import Database from 'better-sqlite3';
import {
  answer,
  PAGE,
  POINTS,
  searchWords,
  type CandidateFilter,
  type CandidatePage,
  type CandidateQuestion,
  type CandidateReads,
  type PageRow,
} from './candidates';
import type { GraphRows, PlainDatabase } from './index';

/** The baseline on the SQLite file: better-sqlite3 statements, read-only, on a connection of its own. */
export function openPlainSqlite(path: string): PlainDatabase {
  const db = new Database(path, { readonly: true });
  const all = <T>(statement: string, ...params: unknown[]) => db.prepare(statement).all(...params) as T[];
  // The candidate search's statements are prepared once per text, as a long-lived better-sqlite3 program keeps them.
  const prepared = new Map<string, Database.Statement>();
  const statement = (source: string) => {
    let found = prepared.get(source);
    if (!found) prepared.set(source, (found = db.prepare(source)));
    return found;
  };
  const reads = sqliteCandidateReads(statement);
  return {
    name: 'plain better-sqlite3',
    dialect: 'sqlite',
    describe: () =>
      Promise.resolve({ version: db.prepare('SELECT sqlite_version()').pluck().get() as string, where: path }),
    rows: <T>(statement: string) => Promise.resolve(all<T>(statement)),
    graphRows(): Promise<GraphRows> {
      return Promise.resolve({
        nodes: [
          ...all<GraphRows['nodes'][number]>(`SELECT id, name AS label, 'ORGANIZATION' AS kind, sector FROM organizations`),
          ...all<GraphRows['nodes'][number]>(
            `SELECT id, name AS label, CASE is_participant WHEN 1 THEN 'PARTICIPANT' ELSE 'PERSON' END AS kind, sector FROM people`,
          ),
          ...all<GraphRows['nodes'][number]>(`SELECT id, name AS label, 'NETWORK' AS kind, 'CIVIL' AS sector FROM networks`),
        ],
        affiliations: all(`SELECT id, organization_id AS o FROM people WHERE organization_id IS NOT NULL`),
        connections: all(`SELECT id, person_a_id AS a, person_b_id AS b FROM connections`),
        memberships: all(`SELECT id, network_id AS n, coalesce(person_id, organization_id) AS m FROM network_members`),
        parties: all(`SELECT agreement_id AS a, coalesce(person_id, organization_id) AS p FROM agreement_parties ORDER BY agreement_id`),
      });
    },
    searchCandidates(question: CandidateQuestion, cardId: (personId: string) => string): Promise<CandidatePage> {
      return answer(reads, question, cardId);
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}

/** The filter as SQL over `participant_profiles p`, the API's conditions (candidate-service.ts) word for word, without the archived rule. */
function sqliteConditions(filter: CandidateFilter): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const word of filter.search ? searchWords(filter.search) : []) {
    parts.push(
      `p.person_id IN (SELECT d.person_id FROM candidate_search_docs d WHERE d.rowid IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?))`,
    );
    params.push(`"${word}"*`);
  }
  for (const talent of filter.talents ?? []) {
    parts.push(`p.person_id IN (SELECT t.person_id FROM talents t WHERE lower(t.name) = ?)`);
    params.push(talent.toLowerCase());
  }
  if (filter.municipalityNumber) {
    parts.push(`p.municipality_number = ?`);
    params.push(filter.municipalityNumber);
  }
  if (filter.minHoursPerWeek != null) {
    parts.push(`p.hours_per_week >= ?`);
    params.push(filter.minHoursPerWeek);
  }
  if (filter.wishedIndustry) {
    parts.push(`p.person_id IN (SELECT w.person_id FROM wished_industries w WHERE w.industry = ?)`);
    params.push(filter.wishedIndustry);
  }
  return { where: parts.map((part) => ` AND ${part}`).join(''), params };
}

/** Archived participants are out of every list. */
const NOT_ARCHIVED = ` AND p.person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)`;

function sqliteCandidateReads(statement: (source: string) => Database.Statement): CandidateReads {
  const rows = (source: string, params: unknown[]) => statement(source).all(...params) as PageRow[];
  return {
    opening(id) {
      const row = statement(`SELECT municipality_number AS m, hours_per_week AS h FROM opportunities WHERE id = ?`).get(id) as
        | { m: string | null; h: number | null }
        | undefined;
      if (!row) throw new Error(`no opening ${id}`);
      const names = statement(`SELECT name FROM opportunity_talents WHERE opportunity_id = ?`).pluck().all(id) as string[];
      return Promise.resolve({ municipality: row.m, hours: row.h, wanted: names.map((name) => name.toLowerCase()) });
    },
    ranked(among, opening, filter) {
      const { where, params } = sqliteConditions(filter);
      const same = opening.municipality ? '(CASE WHEN p.municipality_number = ? THEN 1 ELSE 0 END)' : '0';
      const fits = opening.hours != null ? '(CASE WHEN p.hours_per_week >= ? THEN 1 ELSE 0 END)' : '0';
      const sameValue = opening.municipality ? [opening.municipality] : [];
      const fitsValue = opening.hours != null ? [opening.hours] : [];
      const place = `${same} * ${POINTS.municipality} + ${fits} * ${POINTS.hours}`;
      if (among === 'unmatched') {
        return Promise.resolve(
          rows(
            `SELECT p.person_id, p.hours_per_week, 0 AS matched, ${same} AS same FROM participant_profiles p
             WHERE p.visible_to_employers = 1${where}${NOT_ARCHIVED}
             ORDER BY ${place} DESC, p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
            [...sameValue, ...params, ...sameValue, ...fitsValue],
          ),
        );
      }
      const marks = opening.wanted.map(() => '?').join(', ');
      const matched = `(SELECT person_id, count(*) AS matched FROM talents WHERE lower(name) IN (${marks}) GROUP BY person_id) m`;
      const from =
        among === 'matched'
          ? `${matched} JOIN participant_profiles p ON p.person_id = m.person_id`
          : `participant_profiles p LEFT JOIN ${matched} ON m.person_id = p.person_id`;
      return Promise.resolve(
        rows(
          `SELECT p.person_id, p.hours_per_week, coalesce(m.matched, 0) AS matched, ${same} AS same FROM ${from}
           WHERE p.visible_to_employers = 1${where}${NOT_ARCHIVED}
           ORDER BY coalesce(m.matched, 0) * ${POINTS.talent} + ${place} DESC, p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
          // In the order the ? stand: the select list, the talents, the filter, the order.
          [...sameValue, ...opening.wanted, ...params, ...sameValue, ...fitsValue],
        ),
      );
    },
    newest(filter) {
      const { where, params } = sqliteConditions(filter);
      return Promise.resolve(
        rows(
          `SELECT p.person_id, p.hours_per_week, 0 AS matched, 0 AS same FROM participant_profiles p
           WHERE p.visible_to_employers = 1${where}${NOT_ARCHIVED} ORDER BY p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
          params,
        ),
      );
    },
    count(filter, archived) {
      const { where, params } = sqliteConditions(filter);
      // With words, the count is driven from the full-text matches (the unary + keeps SQLite off the visibility index).
      const visible = filter.search ? '+p.visible_to_employers = 1' : 'p.visible_to_employers = 1';
      const archivedOnly = archived ? ' AND p.person_id IN (SELECT id FROM people WHERE archived_at IS NOT NULL)' : '';
      return Promise.resolve(
        statement(`SELECT count(*) FROM participant_profiles p WHERE ${visible}${where}${archivedOnly}`)
          .pluck()
          .get(...params) as number,
      );
    },
    archivedVisible() {
      return Promise.resolve(
        statement(`SELECT count(*) FROM participant_profiles p WHERE p.visible_to_employers = 1 AND p.person_id IN (SELECT id FROM people WHERE archived_at IS NOT NULL)`)
          .pluck()
          .get() as number,
      );
    },
    cardRows(ids) {
      const marks = ids.map(() => '?').join(', ');
      const all = <T>(source: string) => statement(source).all(...ids) as T[];
      return Promise.resolve({
        profiles: all(`SELECT person_id, municipality_name, hours_per_week FROM participant_profiles WHERE person_id IN (${marks})`),
        talents: all(`SELECT person_id, name, level, position FROM talents WHERE person_id IN (${marks})`),
        goals: all(`SELECT person_id, text, status, position, target_date FROM goals WHERE person_id IN (${marks})`),
        industries: all(`SELECT person_id, industry FROM wished_industries WHERE person_id IN (${marks})`),
      });
    },
  };
}
