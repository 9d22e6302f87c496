import { schema } from '@brobygger/db';
import { DEMO_PASSWORD } from '@brobygger/db/seed';
import type { Role } from '@brobygger/domain';
import { overviewLayout, type OverviewLayoutInput } from '@brobygger/graph';
import type { DemoViewers } from './demo-viewers';

/** The columns of `compactGraph` a picture is drawn from, and the picture: what the picture attacks read. */
export interface Picture {
  nodeIds: string[];
  nodeKinds: string[];
  edgeIds: string[];
  edgeSources: number[];
  edgeTargets: number[];
  edgeKinds: string[];
  nodeX: number[] | null;
  nodeY: number[] | null;
}
export const COLUMNS = 'nodeIds nodeKinds edgeIds edgeSources edgeTargets edgeKinds';
export const PICTURE = `query($filter: GraphFilter) { compactGraph(filter: $filter) { ${COLUMNS} nodeX nodeY } }`;

// `+ 0`: JSON has no -0, so the API's -0 arrives as 0.
const round = (value: number) => Math.round(value * 10) / 10 + 0;

/** The layout input of a viewer's own columns, continued from an earlier picture of theirs when given. */
function inputOf(p: Picture, previous?: Picture): OverviewLayoutInput {
  const input: OverviewLayoutInput = {
    hub: p.nodeKinds.map((kind) => kind === 'ORGANIZATION' || kind === 'NETWORK'),
    sources: p.edgeSources,
    targets: p.edgeTargets,
    anchoring: p.edgeKinds.map((kind) => kind === 'AFFILIATION'),
  };
  if (previous) {
    const at = new Map(previous.nodeIds.map((id, i) => [id, i]));
    const pick = (column: number[] | null) =>
      p.nodeIds.map((id) => (at.has(id) ? column![at.get(id)!]! : Number.NaN));
    input.previous = { x: pick(previous.nodeX), y: pick(previous.nodeY) };
  }
  return input;
}

/** The picture a viewer's own columns alone give (optionally continued from an earlier one), rounded as the API rounds. */
export function drawn(p: Picture, previous?: Picture): { x: number[]; y: number[] } | null {
  const layout = overviewLayout(inputOf(p, previous));
  return layout && { x: layout.x.map(round), y: layout.y.map(round) };
}

/**
 * A filter's picture as the API makes it: each node where the same viewer's whole (unfiltered)
 * picture of the same version puts it; null when the whole has none.
 */
export function cutFrom(part: Picture, whole: Picture): { x: number[]; y: number[] } | null {
  if (!whole.nodeX || !whole.nodeY) return null;
  const at = new Map(whole.nodeIds.map((id, i) => [id, i]));
  return { x: part.nodeIds.map((id) => whole.nodeX![at.get(id)!]!), y: part.nodeIds.map((id) => whole.nodeY![at.get(id)!]!) };
}

/** A session sent by hand, so any body (operationName, a batch array) can be posted. */
export async function rawClient(url: string, role: Role | null) {
  let cookie: string | undefined;
  if (role) {
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
        variables: { e: `${role.toLowerCase()}@example.org`, p: DEMO_PASSWORD },
      }),
    });
    cookie = login.headers.get('set-cookie')!.split(';', 1)[0];
  }
  return async (body: unknown) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } =
      {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      /* not JSON */
    }
    return { status: response.status, text, ...json };
  };
}

/** Any number in an answer's data: what positions would look like. */
export const numbersIn = (data: unknown): number[] => {
  const found: number[] = [];
  JSON.stringify(data ?? null, (_key, value: unknown) => {
    if (typeof value === 'number') found.push(value);
    return value;
  });
  return found;
};

/**
 * A sharing participant who is the only participant party to agreements joining two
 * organisations (edges between hubs), the one with most such agreements: whose withdrawal moves
 * the hubs of a researcher's picture.
 */
export async function participantTyingOrganisations(demo: DemoViewers): Promise<string> {
  const parties = await demo.api.handle.db.select().from(schema.agreementParties);
  const byAgreement = new Map<string, typeof parties>();
  for (const party of parties)
    (
      byAgreement.get(party.agreementId) ??
      byAgreement.set(party.agreementId, []).get(party.agreementId)!
    ).push(party);
  const participantIds = new Set(demo.participants.map((p) => p.id));
  const sharing = new Set(demo.participants.filter((p) => p.shares).map((p) => p.id));
  const score = new Map<string, number>();
  for (const list of byAgreement.values()) {
    const people = list.filter((party) => party.personId && participantIds.has(party.personId));
    if (people.length !== 1 || !sharing.has(people[0]!.personId!)) continue;
    if (list.filter((party) => party.organizationId).length < 2) continue;
    score.set(people[0]!.personId!, (score.get(people[0]!.personId!) ?? 0) + 1);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
