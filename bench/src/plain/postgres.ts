import { redactUrl } from '@brobygger/db';
import pg from 'pg';
import type { GraphRows, PlainDatabase, RankedCandidates } from './index';

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
    async rankedCandidates(openingId: string): Promise<RankedCandidates> {
      const [opening] = await all<{ m: string | null; h: number | null }>(
        `SELECT municipality_number AS m, hours_per_week AS h FROM opportunities WHERE id = $1`,
        [openingId],
      );
      const wanted = (await all<{ name: string }>(`SELECT lower(name) AS name FROM opportunity_talents WHERE opportunity_id = $1`, [openingId])).map(
        (row) => row.name,
      );
      const ids = (
        await all<{ person_id: string }>(
          `SELECT p.person_id, coalesce(m.matched, 0) * 10 + (CASE WHEN p.municipality_number IS NOT DISTINCT FROM $1 THEN 5 ELSE 0 END) + (CASE WHEN p.hours_per_week >= $2 THEN 3 ELSE 0 END) AS score
           FROM participant_profiles p
           LEFT JOIN (SELECT person_id, count(*) AS matched FROM talents WHERE lower(name) = ANY($3) GROUP BY person_id) m ON m.person_id = p.person_id
           WHERE p.visible_to_employers ORDER BY score DESC, p.updated_at DESC, p.person_id DESC LIMIT 21`,
          [opening?.m ?? null, opening?.h ?? null, wanted],
        )
      ).map((row) => row.person_id);
      const [count] = await all<{ count: number }>(`SELECT count(*)::integer AS count FROM participant_profiles WHERE visible_to_employers`);
      return {
        total: count?.count ?? 0,
        profiles: await all(`SELECT * FROM participant_profiles WHERE person_id = ANY($1)`, [ids]),
        talents: await all(`SELECT * FROM talents WHERE person_id = ANY($1)`, [ids]),
        goals: await all(`SELECT * FROM goals WHERE person_id = ANY($1)`, [ids]),
        industries: await all(`SELECT * FROM wished_industries WHERE person_id = ANY($1)`, [ids]),
      };
    },
    close: () => pool.end(),
  };
}
