import type { NetworkKind } from '@brobygger/domain';
import type { networkMembers, networks } from '../schema/index';
import { addDays, maxDay, minDay, randomDay, stamp } from './dates';
import { MUNICIPALITIES, MUNICIPALITY_WEIGHTS, municipalityByNumber } from './grenland';
import type { SeedOrganization } from './organizations';
import type { SeedPerson } from './people';
import type { SeedContext } from './seed-context';
import { groupBy } from './group-by';
import { idSequence, seedId } from './seed-ids';

type NetworkRow = typeof networks.$inferInsert & { id: string; startedOn: string };

export interface SeedNetwork {
  row: NetworkRow;
  /** Kommunenummer this network draws its members from. */
  municipalities: string[];
}

type Spec = readonly [
  name: string,
  kind: NetworkKind,
  home: string,
  reach: readonly string[],
  started: string,
  ended: string | null,
  description: string,
];

const ALL = MUNICIPALITIES.map((m) => m.number);

/** The demo's named networks: a business forum, projects, partnerships and a peer group. */
const CURATED: readonly Spec[] = [
  [
    'Grenland næringsforum',
    'BUSINESS_FORUM',
    '4003',
    ['4003', '4001', '4012', '4010'],
    '2019-01-15',
    null,
    'Frokostmøter for næringslivet i Grenland, der NAV og sosiale entreprenører møter arbeidsgivere.',
  ],
  [
    'Brobygger Skien',
    'PROJECT',
    '4003',
    ['4003', '4010'],
    '2019-02-01',
    null,
    'KREMs brobyggerprosjekt i Skien: talent, drømmer, mål, planer og nettverk.',
  ],
  [
    'Porsgrunn inkluderingsprosjekt',
    'PROJECT',
    '4001',
    ['4001'],
    '2020-03-01',
    null,
    'Arbeidstrening og rekruttering i Porsgrunn, i samarbeid med NAV Porsgrunn.',
  ],
  [
    'Telemark sosiale entreprenører',
    'PARTNERSHIP',
    '4003',
    ALL,
    '2019-06-01',
    null,
    'Partnerskap mellom de sosiale entreprenørene i Telemark og fylkeskommunen.',
  ],
  [
    'Bamble og Kragerø jobbnettverk',
    'PARTNERSHIP',
    '4012',
    ['4012', '4014'],
    '2021-01-10',
    null,
    'Arbeidsgivere langs kysten som tar imot folk på arbeidstrening.',
  ],
  [
    'Notodden arbeidsinkludering',
    'PROJECT',
    '4005',
    ['4005', '4018'],
    '2020-09-01',
    '2024-06-30',
    'Treårig prosjekt for arbeidsinkludering i Notodden og Nome.',
  ],
  [
    'Likepersonsgruppa Grenland',
    'PEER_GROUP',
    '4003',
    ALL,
    '2021-05-01',
    null,
    'Deltakere som har vært utenfor arbeidslivet, og som støtter hverandre på veien tilbake.',
  ],
  [
    'Drangedal og Nome i arbeid',
    'PARTNERSHIP',
    '4016',
    ['4016', '4018'],
    '2022-02-01',
    null,
    'Samarbeid mellom kommunene, NAV og lokale bedrifter i indre Grenland.',
  ],
];

const SYNTHETIC_PREFIXES: readonly (readonly [string, NetworkKind])[] = [
  ['Jobbnettverk', 'PARTNERSHIP'],
  ['Inkluderingsprosjekt', 'PROJECT'],
  ['Næringsforum', 'BUSINESS_FORUM'],
  ['Likepersonsgruppe', 'PEER_GROUP'],
];

const PERSON_ROLES = ['member', 'member', 'member', 'mentor', 'observer'] as const;

export function generateNetworks(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
  people: readonly SeedPerson[],
): { networks: SeedNetwork[]; members: (typeof networkMembers.$inferInsert)[] } {
  const { rng } = ctx;
  const result: SeedNetwork[] = [];
  for (let i = 0; i < ctx.sizes.networks; i++) {
    const spec = CURATED[i];
    if (spec) {
      const [name, kind, home, reach, started, ended, description] = spec;
      const m = municipalityByNumber(home);
      result.push({
        municipalities: [...reach],
        row: {
          id: seedId('network', i + 1),
          name,
          kind,
          description,
          municipalityNumber: m.number,
          municipalityName: m.name,
          startedOn: started,
          endedOn: ended,
          createdAt: stamp(started),
          updatedAt: stamp(ended ?? started),
        },
      });
      continue;
    }
    const m = rng.weighted(MUNICIPALITY_WEIGHTS);
    const [prefix, kind] = rng.pick(SYNTHETIC_PREFIXES);
    const startedOn = randomDay(rng, ctx.firstDay, addDays(ctx.today, -120));
    const endedOn = rng.chance(0.15) ? randomDay(rng, addDays(startedOn, 365), ctx.today) : null;
    result.push({
      municipalities: [m.number],
      row: {
        id: seedId('network', i + 1),
        name: `${prefix} ${m.name} ${i + 1}`,
        kind,
        description: null,
        municipalityNumber: m.number,
        municipalityName: m.name,
        startedOn,
        endedOn: endedOn && endedOn < ctx.today ? endedOn : null,
        createdAt: stamp(startedOn),
        updatedAt: stamp(startedOn),
      },
    });
  }

  const byMunicipality = groupBy(
    result.flatMap((n) => n.municipalities.map((m) => [m, n] as const)),
    ([m]) => m,
  );
  const members: (typeof networkMembers.$inferInsert)[] = [];
  const nextMember = idSequence('networkMember');
  const seen = new Set<string>();

  const join = (
    network: SeedNetwork,
    member: { personId?: string; organizationId?: string },
    role: string,
    since: string,
  ): void => {
    const key = `${network.row.id}|${member.personId ?? member.organizationId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const end = network.row.endedOn ?? ctx.today;
    // Nobody joins a network that closed before they came.
    if (since > end) return;
    const joinedOn = minDay(
      end,
      randomDay(
        rng,
        maxDay(network.row.startedOn, since),
        minDay(end, addDays(maxDay(network.row.startedOn, since), 180)),
      ),
    );
    const leftOn =
      network.row.endedOn ?? (rng.chance(0.08) ? randomDay(rng, joinedOn, ctx.today) : null);
    members.push({
      id: nextMember(),
      networkId: network.row.id,
      personId: member.personId ?? null,
      organizationId: member.organizationId ?? null,
      role,
      joinedOn,
      leftOn,
      createdAt: stamp(joinedOn),
      updatedAt: stamp(leftOn ?? joinedOn),
    });
  };
  const pickFor = (municipality: string): SeedNetwork | undefined => {
    const local = byMunicipality.get(municipality);
    return local && local.length > 0 && rng.chance(0.85) ? rng.pick(local)[1] : rng.pick(result);
  };

  for (const o of organizations) {
    const kind = o.row.kind;
    const hub = kind === 'NAV_OFFICE' || kind === 'SOCIAL_ENTERPRISE' || kind === 'MUNICIPALITY';
    const count = hub ? 2 : kind === 'COUNTY' ? 3 : rng.chance(0.6) ? 1 : 0;
    for (let k = 0; k < count; k++) {
      const network = pickFor(o.municipality.number);
      if (!network) continue;
      const role =
        kind === 'SOCIAL_ENTERPRISE'
          ? 'host'
          : kind === 'COUNTY'
            ? 'funder'
            : kind === 'COMPANY'
              ? 'member'
              : 'partner';
      join(network, { organizationId: o.row.id }, role, o.since);
    }
  }
  for (const p of people) {
    const coordinator = !p.row.isParticipant && p.organization?.row.kind === 'SOCIAL_ENTERPRISE';
    const count = coordinator ? 2 : rng.chance(p.row.isParticipant ? 0.35 : 0.4) ? 1 : 0;
    for (let k = 0; k < count; k++) {
      const network = pickFor(p.municipality.number);
      if (!network) continue;
      const role = coordinator
        ? k === 0
          ? 'coordinator'
          : 'member'
        : p.row.isParticipant
          ? 'participant'
          : rng.pick(PERSON_ROLES);
      join(network, { personId: p.row.id }, role, p.row.since);
    }
  }
  return { networks: result, members };
}
