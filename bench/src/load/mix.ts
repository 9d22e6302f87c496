import type { PlainDatabase } from '../plain/index';

/** Ids the mix picks from, read from the fixture's database. */
export interface Ids {
  people: string[];
  agreements: string[];
  networks: string[];
  business: string[];
  public: string[];
}

/** Ids the mix picks from; random() orders rows on either dialect. */
export async function idsOf(plain: PlainDatabase): Promise<Ids> {
  const ids = async (statement: string) =>
    (await plain.rows<{ id: string }>(statement)).map((row) => row.id);
  return {
    people: await ids(`SELECT id FROM people ORDER BY random() LIMIT 2000`),
    agreements: await ids(`SELECT id FROM agreements ORDER BY random() LIMIT 2000`),
    networks: await ids(`SELECT id FROM networks`),
    business: await ids(`SELECT id FROM organizations WHERE sector = 'BUSINESS' LIMIT 200`),
    public: await ids(`SELECT id FROM organizations WHERE sector = 'PUBLIC' LIMIT 200`),
  };
}

/** One coordinator's state as it walks the mix (one per connection or per session). */
export interface Context {
  cookie?: string;
  agreementId?: string;
  sentAt?: number;
}

export interface Step {
  op: string;
  body(ctx: Context): { query: string; variables?: Record<string, unknown> };
  /** Keeps what a later step needs (the agreement just created). */
  after?(ctx: Context, data: Record<string, unknown>): void;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * What a coordinator's browser sends in a working session: lists, detail pages, the graph of
 * one network, a candidate search, and a lifecycle move (a draft agreement, then proposed).
 */
export function coordinatorMix(ids: Ids, hasCandidates: boolean): Step[] {
  const steps: Step[] = [
    {
      op: 'people list',
      body: () => ({
        query: `{ people(first: 20) { totalCount nodes { id name sector organization { id name } } pageInfo { hasNextPage endCursor } } }`,
      }),
    },
    {
      op: 'person detail',
      body: () => ({
        query: `query($id: ID!) { person(id: $id) { id name title sector organization { id name } connections { id kind strength } agreements { id title status } } }`,
        variables: { id: pick(ids.people) },
      }),
    },
    {
      op: 'organizations list',
      body: () => ({
        query: `{ organizations(first: 20) { totalCount nodes { id name sector kind municipalityName } } }`,
      }),
    },
    {
      op: 'agreements list',
      body: () => ({
        query: `{ agreements(first: 20) { totalCount nodes { id title kind status threeSector sectors } } }`,
      }),
    },
    {
      op: 'agreement detail',
      body: () => ({
        query: `query($id: ID!) { agreement(id: $id) { id title status kind goals startDate endDate threeSector parties { id name role sector signedAt } allowedMoves { move allowed reason } } }`,
        variables: { id: pick(ids.agreements) },
      }),
    },
    {
      op: 'network graph',
      body: () => ({
        query: `query($f: GraphFilter) { graph(filter: $f) { nodes { id label kind sector } edges { id source target kind crossSector } } }`,
        variables: { f: { networkId: pick(ids.networks) } },
      }),
    },
    {
      op: 'create draft agreement',
      body: () => ({
        query: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id status } }`,
        variables: {
          input: {
            title: 'Arbeidstrening (last)',
            kind: 'WORK_TRIAL',
            parties: [
              { organizationId: pick(ids.business), role: 'EMPLOYER' },
              { organizationId: pick(ids.public), role: 'PUBLIC_PARTNER' },
            ],
          },
        },
      }),
      after: (ctx, data) => {
        ctx.agreementId = (data.createAgreement as { id: string } | undefined)?.id;
      },
    },
    {
      op: 'propose agreement',
      body: (ctx) => ({
        query: `mutation($id: ID!) { proposeAgreement(id: $id) { id status } }`,
        variables: { id: ctx.agreementId ?? '' },
      }),
    },
  ];
  if (hasCandidates) {
    steps.splice(6, 0, {
      op: 'candidate search',
      body: () => ({
        query: `query($f: CandidateFilter) { candidates(first: 20, filter: $f) { totalCount nodes { id talents { name } } } }`,
        variables: { f: { search: pick(['sveis', 'truck', 'regnskap', 'kokk', 'lager', 'barn']) } },
      }),
    });
  }
  return steps;
}
