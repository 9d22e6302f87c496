import type { Role } from '@brobygger/domain';

/**
 * Who sees what, in which form: the policy the privacy room enforces, as data. The profile
 * parts below are read by the code itself (people.ts); the other rows say what the functions
 * named beside them do, and docs/privacy.md is rendered from this table (policy-doc.ts), so
 * the document cannot drift from the code without a test failing.
 */

/** Parts of a participant profile, each shown or hidden as a whole. */
export type ProfilePart =
  | 'status'
  | 'statusHistory'
  | 'municipality'
  | 'hoursPerWeek'
  | 'talents'
  | 'wishedIndustries'
  | 'goals'
  | 'planSteps'
  | 'dreams'
  | 'benefit'
  | 'publicPartner'
  | 'coordinator'
  | 'consentDates';

export const ALL_PROFILE_PARTS: readonly ProfilePart[] = [
  'status',
  'statusHistory',
  'municipality',
  'hoursPerWeek',
  'talents',
  'wishedIndustries',
  'goals',
  'planSteps',
  'dreams',
  'benefit',
  'publicPartner',
  'coordinator',
  'consentDates',
];

/**
 * The parts of a participant's profile each role sees (of a participant it may see at all):
 * coordinators and the participant everything; an employer, behind an accepted introduction,
 * the candidate card and the current status; researchers none (quasi-identifiers, shown to
 * them only as suppressed aggregates); admins none.
 */
export const PROFILE_PARTS: Readonly<Record<Role, readonly ProfilePart[]>> = {
  COORDINATOR: ALL_PROFILE_PARTS,
  PARTICIPANT: ALL_PROFILE_PARTS,
  EMPLOYER: ['status', 'talents', 'goals', 'municipality', 'hoursPerWeek', 'wishedIndustries'],
  RESEARCHER: [],
  ADMIN: [],
};

/** The entities of the policy table, in the order docs/privacy.md lists them. */
export const ENTITIES = [
  'People who are not participants',
  'A participant: name, contact, id',
  'A participant: profile',
  'A participant: dates',
  'A participant: ties (organisation, connections, memberships, agreements)',
  'Free-text notes',
  'Agreements',
  'The graph, metrics, bridge paths, exports',
  'Counts and statistics',
  'Candidate cards',
  'Archived records',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** The roles as columns of the table (participants of themselves: everything but coordinator notes). */
export const ROLES: readonly Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'];

const parts = (role: Role) => (PROFILE_PARTS[role].length ? PROFILE_PARTS[role].join(', ') : 'none');

/** Each cell: what the role gets, and the function that decides it. */
export const POLICY: Readonly<Record<Entity, Readonly<Record<Role, string>>>> = {
  'People who are not participants': {
    COORDINATOR: 'all, in full',
    EMPLOYER: "own organisation's people in full; others not at all (people.ts personVisibility)",
    RESEARCHER: 'all, in full (professionals), in lists; in the graph and agreements, where participants are, under the research pseudonym like everyone',
    PARTICIPANT: 'all, in full',
    ADMIN: 'all, in full (to link accounts)',
  },
  'A participant: name, contact, id': {
    COORDINATOR: 'all, in full; every read audited (profile-reads.ts)',
    EMPLOYER:
      'only behind an ACCEPTED introduction of its organisation, answered < 6 months ago, while the participant is visible to employers; audited',
    RESEARCHER: 'only with shareForResearch, under the research pseudonym R-… as id and name (pseudonyms.ts)',
    PARTICIPANT: 'themselves; others never (person(id) answers as for an unknown id)',
    ADMIN: 'name and e-mail only (no phone or title) to link accounts; every read audited; only participant accounts can be linked to a participant, and every link, unlink and password set is shown to the participant',
  },
  'A participant: profile': {
    COORDINATOR: parts('COORDINATOR'),
    EMPLOYER: `behind an accepted introduction: ${parts('EMPLOYER')}`,
    RESEARCHER: parts('RESEARCHER'),
    PARTICIPANT: `their own: ${parts('PARTICIPANT')}`,
    ADMIN: parts('ADMIN'),
  },
  'A participant: dates': {
    COORDINATOR: 'exact',
    EMPLOYER: 'exact, behind an accepted introduction',
    RESEARCHER: 'to the month (months.ts)',
    PARTICIPANT: 'their own, exact',
    ADMIN: 'to the month (people.ts visibleDate)',
  },
  'A participant: ties (organisation, connections, memberships, agreements)': {
    COORDINATOR: 'all',
    EMPLOYER: 'none, in lists and in the graph alike (people.ts mayFollowTies, graph.ts)',
    RESEARCHER:
      'only in the pseudonymised graph and agreements, where every person, organisation and network is a research pseudonym, without their affiliation to an organisation; lists of ties, nested or not (connections, a person’s connections and memberships, network members), hold ties between professionals only (people.ts visiblePersonId); a person’s or organisation’s record lists no agreements (agreements.ts)',
    PARTICIPANT: 'their own',
    ADMIN: 'none',
  },
  'Free-text notes': {
    COORDINATOR: 'all (people.ts mayReadNotes)',
    EMPLOYER: 'none',
    RESEARCHER: 'none; agreement titles, goals and reasons withheld, and titles neither searched nor sorted by (agreements.ts)',
    PARTICIPANT: 'none in the app; their data export holds them (right of access)',
    ADMIN: 'none',
  },
  Agreements: {
    COORDINATOR: 'all',
    EMPLOYER: 'those its organisation is a party to (agreements.ts agreementScope)',
    RESEARCHER:
      'those whose every participant party shares for research, in the list and by id only (none from a person’s or organisation’s record); dates to the month; every party under its research pseudonym with sector and role, no person or organisation record, no network, opening or outcome; party and network filters take research pseudonyms only and refuse a real id (WITHHELD_FOR_RESEARCH; research-ids.ts)',
    PARTICIPANT: 'their own',
    ADMIN: 'none',
  },
  'The graph, metrics, bridge paths, exports': {
    COORDINATOR: 'the whole graph',
    EMPLOYER:
      'organisations and networks within two steps, its own people, participants only behind an accepted, unexpired introduction while visible; its own agreements (graph.ts)',
    RESEARCHER:
      'participants with shareForResearch; every node (person, organisation, network) under its research pseudonym as id and label, every edge id derived anew, nodes and edges in pseudonym order; dates to the month; a network filter and bridge path ends take research pseudonyms only, a real network id is refused (WITHHELD_FOR_RESEARCH; graph.ts, research-ids.ts)',
    PARTICIPANT: 'suggested bridges only; other participants as "a participant"',
    ADMIN: 'none',
  },
  'Counts and statistics': {
    COORDINATOR: 'exact',
    EMPLOYER: 'counts of what it may see only',
    RESEARCHER:
      'suppressed below 5, the rest rounded to 5, date ranges widened to whole months; ratios and means to two significant digits (research-counts.ts)',
    PARTICIPANT: 'none',
    ADMIN: 'none',
  },
  'Candidate cards': {
    COORDINATOR: 'all visible participants, card ids of a coordinators’ key',
    EMPLOYER: 'participants visible to employers, with no status (not a filter either); card ids C-… keyed by its organisation (pseudonyms.ts)',
    RESEARCHER: 'none',
    PARTICIPANT: 'their own card on their introductions, as that organisation sees it',
    ADMIN: 'none',
  },
  'Archived records': {
    COORDINATOR: 'by id, and in lists asked for with archived: true; never in the graph, pickers or candidates (archive/service.ts)',
    EMPLOYER: 'none: left out of lists, by id, candidate cards, suggested bridges and the graph (people.ts personVisibility)',
    RESEARCHER: 'none: left out of lists, by id and the graph',
    PARTICIPANT: 'themselves when archived; other archived records none',
    ADMIN: 'archived people by id (accounts); not among link targets',
  },
};
