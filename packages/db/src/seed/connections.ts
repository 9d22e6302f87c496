import type { ConnectionKind } from '@brobygger/domain';
import type { connections } from '../schema/index';
import { groupBy } from './group-by';
import { addDays, maxDay, minDay, randomDay, stamp } from './dates';
import type { SeedParticipant } from './participants';
import type { SeedPerson, SeedStaff } from './people';
import type { SeedContext } from './seed-context';
import { idSequence } from './seed-ids';

type ConnectionRow = typeof connections.$inferInsert;

const NOTES: Partial<Record<ConnectionKind, readonly string[]>> = {
  MENTOR: ['Møtes en gang i måneden', 'Mentor fra bransjen deltakeren drømmer om'],
  CASEWORKER: ['Fast veileder i NAV'],
  REFERENCE: ['Kan gi referanse fra arbeidstrening'],
  CONTACT: [
    'Møttes på frokostmøte',
    'Samarbeider om arbeidstreningsplasser',
    'Kjenner hverandre fra prosjektet',
  ],
};

/**
 * Ties between people, about three per person: caseworkers and coordinators for every
 * participant, mentors and references from business, colleagues inside organisations, and the
 * cross-sector contacts that the coordinators and officers build.
 */
export function generateConnections(
  ctx: SeedContext,
  staff: SeedStaff,
  participants: readonly SeedParticipant[],
): ConnectionRow[] {
  const { rng } = ctx;
  const rows: ConnectionRow[] = [];
  const seen = new Set<string>();
  const nextId = idSequence('connection');
  const lastStart = addDays(ctx.today, -1);

  const connect = (
    a: SeedPerson,
    b: SeedPerson,
    kind: ConnectionKind,
    strength: number,
    soon = false,
  ): void => {
    if (a.row.id === b.row.id) return;
    const key = a.row.id < b.row.id ? `${a.row.id}|${b.row.id}` : `${b.row.id}|${a.row.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const from = maxDay(a.row.since, b.row.since);
    const since = soon
      ? minDay(lastStart, randomDay(rng, from, addDays(from, 30)))
      : randomDay(rng, from, minDay(lastStart, addDays(from, 540)));
    const until = rng.chance(0.1) ? randomDay(rng, addDays(since, 60), addDays(since, 900)) : null;
    const notes = NOTES[kind];
    rows.push({
      id: nextId(),
      personAId: a.row.id,
      personBId: b.row.id,
      kind,
      strength,
      since,
      until: until && until < ctx.today ? until : null,
      note: notes && rng.chance(0.4) ? rng.pick(notes) : null,
      createdAt: stamp(since),
      updatedAt: stamp(since),
    });
  };

  const navOfficers = (officeId: string): SeedPerson[] => staff.byOrganization.get(officeId) ?? [];
  const businessBySection = groupBy(staff.business, (p) => p.organization?.section?.letter);

  for (const p of participants) {
    const officers = navOfficers(p.navOffice.row.id);
    if (officers.length > 0)
      connect(p.person, rng.pick(officers), 'CASEWORKER', rng.int(2, 3), true);
    connect(p.person, p.coordinator, 'CONTACT', 3, true);
    if (rng.chance(0.35)) {
      const pool = businessBySection.get(rng.pick(p.sections)) ?? staff.business;
      connect(p.person, rng.pick(pool), 'MENTOR', rng.int(2, 3));
    }
    if (rng.chance(0.25)) connect(p.person, rng.pick(staff.business), 'REFERENCE', rng.int(1, 2));
    if (rng.chance(0.2)) {
      const peer = rng.pick(participants);
      connect(p.person, peer.person, 'CONTACT', rng.int(1, 2));
    }
  }

  for (const list of staff.byOrganization.values()) {
    if (list.length < 2) continue;
    for (const person of list) {
      const ties = rng.int(1, 2);
      for (let k = 0; k < ties; k++) connect(person, rng.pick(list), 'COLLEAGUE', rng.int(1, 3));
    }
  }

  // The bridges: contacts across organisations, most of them across sectors.
  const bySector = groupBy(staff.all, (p) => p.row.sector);
  const sectors = [...bySector.keys()];
  for (const person of staff.all) {
    const broker =
      person.organization?.row.kind === 'SOCIAL_ENTERPRISE' ||
      person.organization?.row.kind === 'NAV_OFFICE';
    const ties = broker ? rng.int(3, 6) : rng.int(1, 2);
    for (let k = 0; k < ties; k++) {
      const otherSectors = sectors.filter((s) => s !== person.row.sector);
      const sector = rng.chance(0.75) ? rng.pick(otherSectors) : person.row.sector;
      const pool = bySector.get(sector) ?? staff.all;
      connect(person, rng.pick(pool), 'CONTACT', rng.int(1, 3));
    }
  }
  return rows;
}
