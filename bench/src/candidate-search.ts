import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import { loggedInClient } from './api-client';
import type { BenchDatabase } from './fixture';
import { figure, line, report } from './figures';
import type { PlainDatabase } from './plain/index';
import { quantile } from './stats';
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

/** Code-point order, the same on every database (their collations differ). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the searches are made of, read alike on either dialect and ordered here, so both ask the same 200 questions. */
async function vocabulary(plain: PlainDatabase): Promise<Vocabulary> {
  const column = async (statement: string) => (await plain.rows<{ value: string }>(statement)).map((row) => row.value).sort(byCodePoint);
  const goals = (await plain.rows<{ id: string; text: string }>(`SELECT id, text FROM goals`)).sort((a, b) => byCodePoint(a.id, b.id));
  const goalWords = goals.slice(0, 2000).flatMap(({ text }) => text.toLowerCase().match(/\p{L}{6,}/gu) ?? []);
  const openings = await plain.rows<{ id: string; municipality: string | null }>(
    `SELECT id, municipality_number AS municipality FROM opportunities WHERE status = 'OPEN'`,
  );
  return {
    openings: openings.sort((a, b) => byCodePoint(a.id, b.id)),
    talents: await column(`SELECT DISTINCT name AS value FROM talents`),
    municipalities: await column(`SELECT DISTINCT municipality_number AS value FROM participant_profiles WHERE municipality_number IS NOT NULL`),
    words: [...new Set(goalWords)].sort(byCodePoint),
  };
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
          // No status filter: an employer may not narrow by a status that is not on the card.
          filter: { talents: [pick(v.talents)], municipalityNumber: pick(v.municipalities), minHoursPerWeek: 20 },
        };
    }
  });
}

export async function benchCandidateSearch(fixture: BenchDatabase): Promise<void> {
  const { plain } = fixture;
  const v = await vocabulary(plain);
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.location)) }, 0);
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
    // The floor: one opening's ranked page of cards and the count, read plainly and serialised.
    const floor: number[] = [];
    for (const variables of list.filter((_, i) => i % 5 === 0)) {
      const started = performance.now();
      JSON.stringify(await plain.rankedCandidates(variables.rankFor as string));
      floor.push(performance.now() - started);
    }
    const [visible] = await plain.rows<{ count: number }>(
      `SELECT CAST(count(*) AS integer) AS count FROM participant_profiles WHERE visible_to_employers`,
    );
    report(`Candidate search as an employer, ${SEARCHES} varied searches (first 20, ranked and filtered)`, [
      ['participants visible to employers', figure('candidates.visible', Number(visible?.count ?? 0), 'count')],
      ['cards returned, average per search', figure('candidates.cardsPerSearch', cards / SEARCHES, 'count', { digits: 1 })],
      ['API over HTTP, p50', figure('candidates.p50Ms', quantile(times, 0.5), 'ms')],
      ['API over HTTP, p95', line`${figure('candidates.p95Ms', quantile(times, 0.95), 'ms')}  (goal ≤ 20 ms)`],
      ['API over HTTP, max', figure('candidates.maxMs', Math.max(...times), 'ms')],
      [`${plain.name}, ranked against an opening only, p50 of ${floor.length}`, figure('candidates.plainP50Ms', quantile(floor, 0.5), 'ms')],
      [`${plain.name}, ranked against an opening only, p95 of ${floor.length}`, figure('candidates.plainP95Ms', quantile(floor, 0.95), 'ms')],
    ]);
  } finally {
    await app.stop();
  }
}
