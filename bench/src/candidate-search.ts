import Database from 'better-sqlite3';
import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import { loggedInClient } from './api-client';
import type { BenchDatabase } from './fixture';
import { ms, quantile, report } from './stats';
import { productionSettings } from './production-settings';

const SEARCHES = 200;
const CANDIDATES = `query($filter: CandidateFilter, $rankFor: ID) {
  candidates(filter: $filter, rankFor: $rankFor, first: 20) {
    totalCount
    nodes { id status municipalityName hoursPerWeek talents { name level } goals { text status } wishedIndustries match { score reason } }
  } }`;

/** A small deterministic generator, so every run asks the same 200 questions. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
}

interface Vocabulary {
  openings: { id: string; municipality: string | null }[];
  talents: string[];
  municipalities: string[];
  words: string[];
}

function vocabulary(path: string): Vocabulary {
  const db = new Database(path, { readonly: true });
  try {
    const column = <T>(query: string) => db.prepare(query).pluck().all() as T[];
    const goalWords = column<string>(`SELECT text FROM goals LIMIT 2000`)
      .flatMap((text) => text.toLowerCase().match(/\p{L}{6,}/gu) ?? []);
    return {
      openings: db.prepare(`SELECT id, municipality_number AS municipality FROM opportunities WHERE status = 'OPEN' ORDER BY id`).all() as Vocabulary['openings'],
      talents: column(`SELECT DISTINCT name FROM talents ORDER BY name`),
      municipalities: column(`SELECT DISTINCT municipality_number FROM participant_profiles WHERE municipality_number IS NOT NULL ORDER BY 1`),
      words: [...new Set(goalWords)].sort(),
    };
  } finally {
    db.close();
  }
}

/** 200 searches of five shapes: ranked only, ranked with a talent, a municipality, words and hours, several filters. */
function searches(v: Vocabulary): Record<string, unknown>[] {
  const pick = random(42);
  return Array.from({ length: SEARCHES }, (_, i) => {
    const opening = pick(v.openings);
    switch (i % 5) {
      case 0:
        return { rankFor: opening.id };
      case 1:
        return { rankFor: opening.id, filter: { talents: [pick(v.talents)] } };
      case 2:
        return { rankFor: opening.id, filter: { municipalityNumber: opening.municipality ?? pick(v.municipalities) } };
      case 3:
        return { rankFor: opening.id, filter: { search: pick(v.words).slice(0, 5), minHoursPerWeek: 10 } };
      default:
        return {
          filter: { talents: [pick(v.talents)], municipalityNumber: pick(v.municipalities), statuses: ['OUTSIDE_WORK', 'IN_ACTIVITY', 'WORK_TRIAL'] },
        };
    }
  });
}

/** The floor: one opening's ranked page of cards and the count, as plain better-sqlite3 statements and JSON. */
function plainRanked(db: Database.Database, openingId: string) {
  const opening = db.prepare(`SELECT municipality_number AS m, hours_per_week AS h FROM opportunities WHERE id = ?`).get(openingId) as { m: string | null; h: number | null };
  const wanted = (db.prepare(`SELECT lower(name) FROM opportunity_talents WHERE opportunity_id = ?`).pluck().all(openingId) as string[]);
  const list = wanted.length ? wanted.map(() => '?').join(',') : `''`;
  const rows = db
    .prepare(
      `SELECT p.person_id, coalesce(m.matched, 0) * 10 + (p.municipality_number IS ?) * 5 + coalesce(p.hours_per_week >= ?, 0) * 3 AS score
       FROM participant_profiles p
       LEFT JOIN (SELECT person_id, count(*) AS matched FROM talents WHERE lower(name) IN (${list}) GROUP BY person_id) m ON m.person_id = p.person_id
       WHERE p.visible_to_employers = 1 ORDER BY score DESC, p.updated_at DESC, p.person_id DESC LIMIT 21`,
    )
    .all(opening.m, opening.h, ...wanted) as { person_id: string }[];
  const ids = rows.map((row) => row.person_id);
  const marks = ids.map(() => '?').join(',');
  const total = db.prepare(`SELECT count(*) FROM participant_profiles WHERE visible_to_employers = 1`).pluck().get();
  const cards = {
    total,
    profiles: db.prepare(`SELECT * FROM participant_profiles WHERE person_id IN (${marks})`).all(...ids),
    talents: db.prepare(`SELECT * FROM talents WHERE person_id IN (${marks})`).all(...ids),
    goals: db.prepare(`SELECT * FROM goals WHERE person_id IN (${marks})`).all(...ids),
    industries: db.prepare(`SELECT * FROM wished_industries WHERE person_id IN (${marks})`).all(...ids),
  };
  return JSON.stringify(cards);
}

export async function benchCandidateSearch(fixture: BenchDatabase): Promise<void> {
  const v = vocabulary(fixture.path);
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.path)) }, 0);
  try {
    const client = await loggedInClient(app.url, 'EMPLOYER');
    const list = searches(v);
    for (const variables of list.slice(0, 10)) await client.post(CANDIDATES, variables); // warm-up
    const times: number[] = [];
    let cards = 0;
    for (const variables of list) {
      const started = performance.now();
      const { text } = await client.post(CANDIDATES, variables);
      times.push(performance.now() - started);
      cards += (JSON.parse(text) as { data: { candidates: { nodes: unknown[] } } }).data.candidates.nodes.length;
    }
    const db = new Database(fixture.path, { readonly: true });
    const plain: number[] = [];
    try {
      for (const variables of list.filter((_, i) => i % 5 === 0)) {
        const started = performance.now();
        plainRanked(db, variables.rankFor as string);
        plain.push(performance.now() - started);
      }
    } finally {
      db.close();
    }
    const [visible] = fixture.handle.sqlite.prepare(`SELECT count(*) FROM participant_profiles WHERE visible_to_employers = 1`).pluck().all() as number[];
    report(`Candidate search as an employer, ${SEARCHES} varied searches (first 20, ranked and filtered)`, [
      ['participants visible to employers', String(visible)],
      ['cards returned, average per search', (cards / SEARCHES).toFixed(1)],
      ['API over HTTP, p50', ms(quantile(times, 0.5))],
      ['API over HTTP, p95', `${ms(quantile(times, 0.95))}  (goal ≤ 20 ms)`],
      ['API over HTTP, max', ms(Math.max(...times))],
      [`plain better-sqlite3, ranked against an opening only, p50 of ${plain.length}`, ms(quantile(plain, 0.5))],
      [`plain better-sqlite3, ranked against an opening only, p95 of ${plain.length}`, ms(quantile(plain, 0.95))],
    ]);
  } finally {
    await app.stop();
  }
}
