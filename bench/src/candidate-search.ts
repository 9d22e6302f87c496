import { loadEnv } from '@brobygger/api/env';
import { loggedInClient } from './api-client';
import type { BenchDatabase } from './fixture';
import { figure, line, report, type Row } from './figures';
import { DEMO_LOGINS } from '@brobygger/db/seed';
import { employerCardIds, type PlainDatabase } from './plain/index';
import { quantile } from './stats';
import { productionSettings } from './production-settings';
import { startApiProcess } from './load-servers';

const SEARCHES = 200;
const CANDIDATES = `query($filter: CandidateFilter, $rankFor: ID) {
  candidates(filter: $filter, rankFor: $rankFor, first: 20) {
    totalCount
    nodes { id status municipalityName hoursPerWeek talents { name level } goals { text status } wishedIndustries match { score reason } }
  } }`;

/** The API's smallest answer, for its fixed cost per request (HTTP, session, Apollo). */
const TRIVIAL = `{ __typename }`;

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

/** `count` searches of five shapes: ranked only, ranked with a talent, a municipality, words and hours, several filters. */
function searches(v: Vocabulary, seed = 42, count = SEARCHES): Record<string, unknown>[] {
  const pick = random(seed);
  return Array.from({ length: count }, (_, i) => {
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

/** The five shapes, in the order `searches` deals them. */
const SHAPES = ['rankedOnly', 'rankedTalent', 'rankedMunicipality', 'rankedWordsHours', 'filtersOnly'] as const;
const SHAPE_NAMES: Record<(typeof SHAPES)[number], string> = {
  rankedOnly: 'ranked against an opening only',
  rankedTalent: '+ a talent',
  rankedMunicipality: '+ a municipality',
  rankedWordsHours: '+ words and hours',
  filtersOnly: 'several filters, not ranked',
};

interface Answer {
  totalCount: number;
  nodes: { id: string }[];
}

/** The employer's organisation, whose card ids the answers carry. */
async function employerOrganization(plain: PlainDatabase): Promise<string> {
  const login = DEMO_LOGINS.find((entry) => entry.role === 'EMPLOYER');
  if (!login || !/^[\w.@-]+$/.test(login.email)) throw new Error('no demo employer');
  const [row] = await plain.rows<{ id: string | null }>(`SELECT organization_id AS id FROM users WHERE email = '${login.email}'`);
  if (!row?.id) throw new Error(`${login.email} has no organisation`);
  return row.id;
}

export async function benchCandidateSearch(fixture: BenchDatabase): Promise<void> {
  const { plain } = fixture;
  const v = await vocabulary(plain);
  const env = loadEnv(productionSettings(fixture.location));
  // The API serves from a process of its own, as in production: in the bench's process it
  // shared a heap with the fixture and the baseline, and collected their garbage.
  const app = await startApiProcess(fixture.location);
  try {
    const client = await loggedInClient(app.url, 'EMPLOYER');
    // The plain side gives the cards the ids this employer's organisation is given, under the server's key.
    const cardId = employerCardIds(env.PSEUDONYM_SECRET, await employerOrganization(plain));
    const list = searches(v);
    const api = async (variables: Record<string, unknown>) => (await client.post(CANDIDATES, variables)).text;
    const floor = async (variables: Record<string, unknown>) =>
      JSON.stringify({ data: { candidates: await plain.searchCandidates(variables, cardId) } });
    // Warm-up on other questions of the same shapes (another seed): both sides reach their steady
    // state (statements prepared, caches of card ids filled) without having seen these questions.
    for (const variables of searches(v, 7, 50)) {
      await api(variables);
      await floor(variables);
    }
    // Each question is asked of the API and of the plain baseline in turn (and the API's floor
    // after them), so a busy moment on the machine falls on all alike. Only the request and the
    // serialisation are timed.
    const times: number[] = [];
    const plainTimes: number[] = [];
    // The API's fixed cost per request, for reading the ratio: the smallest query over HTTP with the same session.
    const floorTimes: number[] = [];
    let cards = 0;
    let sameAnswers = 0;
    let sameCards = 0;
    for (const variables of list) {
      let started = performance.now();
      const text = await api(variables);
      times.push(performance.now() - started);
      started = performance.now();
      const plainText = await floor(variables);
      plainTimes.push(performance.now() - started);
      started = performance.now();
      await client.post(TRIVIAL);
      floorTimes.push(performance.now() - started);
      const answer = (JSON.parse(text) as { data: { candidates: Answer } }).data.candidates;
      const plainAnswer = (JSON.parse(plainText) as { data: { candidates: Answer } }).data.candidates;
      cards += answer.nodes.length;
      // The same first page: the same card ids in the same order, and the same count.
      const ids = (page: Answer) => `${page.totalCount}:${page.nodes.map((node) => node.id).join(',')}`;
      if (ids(answer) === ids(plainAnswer)) sameAnswers += 1;
      // And field for field the same cards (the bench's query and the baseline list the fields in one order).
      if (JSON.stringify(answer) === JSON.stringify(plainAnswer)) sameCards += 1;
    }
    const ofShape = (values: number[], shape: number) => values.filter((_, i) => i % SHAPES.length === shape);
    const [visible] = await plain.rows<{ count: number }>(
      `SELECT CAST(count(*) AS integer) AS count FROM participant_profiles WHERE visible_to_employers`,
    );
    const p95 = quantile(times, 0.95);
    const plainP95 = quantile(plainTimes, 0.95);
    report(`Candidate search as an employer, ${SEARCHES} varied searches (first 20, ranked and filtered)`, [
      ['participants visible to employers', figure('candidates.visible', Number(visible?.count ?? 0), 'count')],
      ['cards returned, average per search', figure('candidates.cardsPerSearch', cards / SEARCHES, 'count', { digits: 1 })],
      [
        `same answers, API and ${plain.name} (count and first page of card ids, in order)`,
        line`${figure('candidates.sameAnswers', sameAnswers, 'count')} of ${figure('candidates.compared', list.length, 'count')}`,
      ],
      ['same cards, field for field', line`${figure('candidates.sameCards', sameCards, 'count')} of ${list.length}`],
      ['API over HTTP, p50', figure('candidates.p50Ms', quantile(times, 0.5), 'ms')],
      ['API over HTTP, p95', line`${figure('candidates.p95Ms', p95, 'ms')}  (goal ≤ 20 ms)`],
      ['API over HTTP, max', figure('candidates.maxMs', Math.max(...times), 'ms')],
      [`${plain.name} + JSON of the same cards, the same ${SEARCHES} searches, p50`, figure('candidates.plainP50Ms', quantile(plainTimes, 0.5), 'ms')],
      [`${plain.name} + JSON of the same cards, the same ${SEARCHES} searches, p95`, figure('candidates.plainP95Ms', plainP95, 'ms')],
      ['API p95 / plain p95', line`${figure('candidates.p95ToPlain', p95 / plainP95, '×')}  (goal ≤ 1.5)`],
      [
        'API floor: { __typename } over HTTP, same session, p50 / p95',
        line`${figure('candidates.floorP50Ms', quantile(floorTimes, 0.5), 'ms')} / ${figure('candidates.floorP95Ms', quantile(floorTimes, 0.95), 'ms')}`,
      ],
      ...SHAPES.map((shape, index): Row => [
        `${SHAPE_NAMES[shape]}, p95 of ${ofShape(times, index).length}: API / ${plain.name}`,
        line`${figure(`candidates.${shape}.p95Ms`, quantile(ofShape(times, index), 0.95), 'ms')} / ${figure(
          `candidates.${shape}.plainP95Ms`,
          quantile(ofShape(plainTimes, index), 0.95),
          'ms',
        )}`,
      ]),
      // The figure this section printed before the baseline answered every shape (ranked only), kept under its own ids.
      [`${plain.name}, ranked against an opening only, p50`, figure('candidates.plainRankedOnlyP50Ms', quantile(ofShape(plainTimes, 0), 0.5), 'ms')],
      [`${plain.name}, ranked against an opening only, p95`, figure('candidates.plainRankedOnlyP95Ms', quantile(ofShape(plainTimes, 0), 0.95), 'ms')],
    ]);
  } finally {
    await app.stop();
  }
}
