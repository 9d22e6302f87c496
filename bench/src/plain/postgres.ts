import { redactUrl } from '@brobygger/db';
import pg from 'pg';
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

/**
 * The baseline on PostgreSQL: node-postgres with a pool of its own and the SQLite baseline's
 * statements in PostgreSQL's words — `$n` parameters, `= ANY($n)` for a list, booleans as
 * booleans, IS NOT DISTINCT FROM for SQLite's null-safe `IS`.
 */
export async function openPlainPostgres(url: string): Promise<PlainDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'brobygger-bench-plain' });
  pool.on('error', () => {});
  const all = async <T>(statement: string, params: unknown[] = []) => (await pool.query(statement, params)).rows as T[];
  await pool.query('SELECT 1');
  return {
    name: 'plain pg',
    dialect: 'postgres',
    async describe() {
      const [row] = await all<{ server_version: string }>('SHOW server_version');
      return { version: row?.server_version ?? 'unknown', where: redactUrl(url) };
    },
    rows: <T>(statement: string) => all<T>(statement),
    async graphRows(): Promise<GraphRows> {
      return {
        nodes: [
          ...(await all<GraphRows['nodes'][number]>(`SELECT id, name AS label, 'ORGANIZATION' AS kind, sector FROM organizations`)),
          ...(await all<GraphRows['nodes'][number]>(
            `SELECT id, name AS label, CASE WHEN is_participant THEN 'PARTICIPANT' ELSE 'PERSON' END AS kind, sector FROM people`,
          )),
          ...(await all<GraphRows['nodes'][number]>(`SELECT id, name AS label, 'NETWORK' AS kind, 'CIVIL' AS sector FROM networks`)),
        ],
        affiliations: await all(`SELECT id, organization_id AS o FROM people WHERE organization_id IS NOT NULL`),
        connections: await all(`SELECT id, person_a_id AS a, person_b_id AS b FROM connections`),
        memberships: await all(`SELECT id, network_id AS n, coalesce(person_id, organization_id) AS m FROM network_members`),
        parties: await all(`SELECT agreement_id AS a, coalesce(person_id, organization_id) AS p FROM agreement_parties ORDER BY agreement_id`),
      };
    },
    searchCandidates: (question: CandidateQuestion, cardId: (personId: string) => string): Promise<CandidatePage> =>
      answer(postgresCandidateReads(all), question, cardId),
    close: () => pool.end(),
  };
}

/** Trigrams need three characters (packages/db candidate-search.ts). */
const MIN_PART_LENGTH = 3;

/** The filter as SQL over `participant_profiles p`, the API's conditions in PostgreSQL's words, without the archived rule; `value` numbers each value. */
function postgresConditions(filter: CandidateFilter, value: (each: unknown) => string): string {
  const parts: string[] = [];
  for (const word of filter.search ? searchWords(filter.search) : []) {
    const query = `to_tsquery('norwegian', ${value(`${word}:*`)})`;
    const like = [...word].length >= MIN_PART_LENGTH ? value(`%${word}%`) : null;
    const matches = (column: string) =>
      like ? `(to_tsvector('norwegian', ${column}) @@ ${query} OR lower(${column}) LIKE ${like})` : `to_tsvector('norwegian', ${column}) @@ ${query}`;
    parts.push(
      `p.person_id IN (SELECT t.person_id FROM talents t WHERE ${matches('t.name')} UNION ALL SELECT g.person_id FROM goals g WHERE ${matches('g.text')})`,
    );
  }
  for (const talent of filter.talents ?? []) parts.push(`p.person_id IN (SELECT t.person_id FROM talents t WHERE lower(t.name) = ${value(talent.toLowerCase())})`);
  if (filter.municipalityNumber) parts.push(`p.municipality_number = ${value(filter.municipalityNumber)}`);
  if (filter.minHoursPerWeek != null) parts.push(`p.hours_per_week >= ${value(filter.minHoursPerWeek)}`);
  if (filter.wishedIndustry) parts.push(`p.person_id IN (SELECT w.person_id FROM wished_industries w WHERE w.industry = ${value(filter.wishedIndustry)})`);
  return parts.map((part) => ` AND ${part}`).join('');
}

/** Archived participants are out of every list. */
const NOT_ARCHIVED = ` AND p.person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)`;

/** Numbered parameters: `value(x)` adds x and gives its `$n`. */
function parameters() {
  const values: unknown[] = [];
  return { values, value: (each: unknown) => `$${values.push(each)}` };
}

function postgresCandidateReads(all: <T>(statement: string, params?: unknown[]) => Promise<T[]>): CandidateReads {
  return {
    async opening(id) {
      const [row] = await all<{ m: string | null; h: number | null }>(`SELECT municipality_number AS m, hours_per_week AS h FROM opportunities WHERE id = $1`, [id]);
      if (!row) throw new Error(`no opening ${id}`);
      const names = await all<{ name: string }>(`SELECT name FROM opportunity_talents WHERE opportunity_id = $1`, [id]);
      return { municipality: row.m, hours: row.h, wanted: names.map(({ name }) => name.toLowerCase()) };
    },
    ranked(among, opening, filter) {
      const { values, value } = parameters();
      const same = opening.municipality ? `(CASE WHEN p.municipality_number = ${value(opening.municipality)} THEN 1 ELSE 0 END)` : '0';
      const fits = opening.hours != null ? `(CASE WHEN p.hours_per_week >= ${value(opening.hours)} THEN 1 ELSE 0 END)` : '0';
      const place = `${same} * ${POINTS.municipality} + ${fits} * ${POINTS.hours}`;
      const where = postgresConditions(filter, value);
      if (among === 'unmatched') {
        return all<PageRow>(
          `SELECT p.person_id, p.hours_per_week, 0 AS matched, ${same} AS same FROM participant_profiles p
           WHERE p.visible_to_employers${where}${NOT_ARCHIVED}
           ORDER BY ${place} DESC, p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
          values,
        );
      }
      const matched = `(SELECT person_id, count(*)::integer AS matched FROM talents WHERE lower(name) = ANY(${value(opening.wanted)}) GROUP BY person_id) m`;
      const from =
        among === 'matched'
          ? `${matched} JOIN participant_profiles p ON p.person_id = m.person_id`
          : `participant_profiles p LEFT JOIN ${matched} ON m.person_id = p.person_id`;
      return all<PageRow>(
        `SELECT p.person_id, p.hours_per_week, coalesce(m.matched, 0) AS matched, ${same} AS same FROM ${from}
         WHERE p.visible_to_employers${where}${NOT_ARCHIVED}
         ORDER BY coalesce(m.matched, 0) * ${POINTS.talent} + ${place} DESC, p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
        values,
      );
    },
    newest(filter) {
      const { values, value } = parameters();
      return all<PageRow>(
        `SELECT p.person_id, p.hours_per_week, 0 AS matched, 0 AS same FROM participant_profiles p
         WHERE p.visible_to_employers${postgresConditions(filter, value)}${NOT_ARCHIVED} ORDER BY p.updated_at DESC, p.person_id DESC LIMIT ${PAGE + 1}`,
        values,
      );
    },
    async count(filter, archived) {
      const { values, value } = parameters();
      const archivedOnly = archived ? ' AND p.person_id IN (SELECT id FROM people WHERE archived_at IS NOT NULL)' : '';
      const [row] = await all<{ count: number }>(
        `SELECT count(*)::integer AS count FROM participant_profiles p WHERE p.visible_to_employers${postgresConditions(filter, value)}${archivedOnly}`,
        values,
      );
      return row?.count ?? 0;
    },
    async archivedVisible() {
      const [row] = await all<{ count: number }>(
        `SELECT count(*)::integer AS count FROM participant_profiles p WHERE p.visible_to_employers AND p.person_id IN (SELECT id FROM people WHERE archived_at IS NOT NULL)`,
      );
      return row?.count ?? 0;
    },
    async cardRows(ids) {
      return {
        profiles: await all(`SELECT person_id, municipality_name, hours_per_week FROM participant_profiles WHERE person_id = ANY($1)`, [ids]),
        talents: await all(`SELECT person_id, name, level, position FROM talents WHERE person_id = ANY($1)`, [ids]),
        goals: await all(`SELECT person_id, text, status, position, target_date FROM goals WHERE person_id = ANY($1)`, [ids]),
        industries: await all(`SELECT person_id, industry FROM wished_industries WHERE person_id = ANY($1)`, [ids]),
      };
    },
  };
}
