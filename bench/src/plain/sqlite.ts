import Database from 'better-sqlite3';
import type { GraphRows, PlainDatabase, RankedCandidates } from './index';

/** The baseline on the SQLite file: better-sqlite3 statements, read-only, on a connection of its own. */
export function openPlainSqlite(path: string): PlainDatabase {
  const db = new Database(path, { readonly: true });
  const all = <T>(statement: string, ...params: unknown[]) => db.prepare(statement).all(...params) as T[];
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
    rankedCandidates(openingId: string): Promise<RankedCandidates> {
      const opening = db
        .prepare(`SELECT municipality_number AS m, hours_per_week AS h FROM opportunities WHERE id = ?`)
        .get(openingId) as { m: string | null; h: number | null };
      const wanted = db.prepare(`SELECT lower(name) FROM opportunity_talents WHERE opportunity_id = ?`).pluck().all(openingId) as string[];
      const list = wanted.length ? wanted.map(() => '?').join(',') : `''`;
      const ids = db
        .prepare(
          `SELECT p.person_id, coalesce(m.matched, 0) * 10 + (p.municipality_number IS ?) * 5 + coalesce(p.hours_per_week >= ?, 0) * 3 AS score
           FROM participant_profiles p
           LEFT JOIN (SELECT person_id, count(*) AS matched FROM talents WHERE lower(name) IN (${list}) GROUP BY person_id) m ON m.person_id = p.person_id
           WHERE p.visible_to_employers = 1 ORDER BY score DESC, p.updated_at DESC, p.person_id DESC LIMIT 21`,
        )
        .pluck()
        .all(opening.m, opening.h, ...wanted) as string[];
      const marks = ids.map(() => '?').join(',');
      return Promise.resolve({
        total: db.prepare(`SELECT count(*) FROM participant_profiles WHERE visible_to_employers = 1`).pluck().get() as number,
        profiles: all(`SELECT * FROM participant_profiles WHERE person_id IN (${marks})`, ...ids),
        talents: all(`SELECT * FROM talents WHERE person_id IN (${marks})`, ...ids),
        goals: all(`SELECT * FROM goals WHERE person_id IN (${marks})`, ...ids),
        industries: all(`SELECT * FROM wished_industries WHERE person_id IN (${marks})`, ...ids),
      });
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
