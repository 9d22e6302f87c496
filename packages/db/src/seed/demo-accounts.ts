import type { Role } from '@brobygger/domain';
import type { users } from '../schema/index';
import { stamp } from './dates';
import { seedId } from './seed-ids';

/** The password of every demo login. Demo data only. */
export const DEMO_PASSWORD = 'brobygger-demo';

/** Fixed ids of the five demo users, so seeded rows (introductions) can point at them. */
export const DEMO_USER_IDS = {
  coordinator: seedId('user', 1),
  employer: seedId('user', 2),
  researcher: seedId('user', 3),
  participant: seedId('user', 4),
  admin: seedId('user', 5),
} as const;

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  /** Who the login is, in words, for the seed's printout. */
  description: string;
}

/** The five demo logins of DESIGN.md, in the order they are printed. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'coordinator@example.org',
    password: DEMO_PASSWORD,
    role: 'COORDINATOR',
    description: 'a coordinator (brobygger) at KREM',
  },
  {
    email: 'employer@example.org',
    password: DEMO_PASSWORD,
    role: 'EMPLOYER',
    description: 'Grenland Mekaniske Verksted AS',
  },
  {
    email: 'researcher@example.org',
    password: DEMO_PASSWORD,
    role: 'RESEARCHER',
    description: 'a researcher at USN, campus Porsgrunn',
  },
  {
    email: 'participant@example.org',
    password: DEMO_PASSWORD,
    role: 'PARTICIPANT',
    description: 'a participant in Skien, visible to employers',
  },
  {
    email: 'admin@example.org',
    password: DEMO_PASSWORD,
    role: 'ADMIN',
    description: 'the administrator',
  },
];

export interface DemoAccountLinks {
  coordinatorPersonId: string;
  coordinatorOrganizationId: string;
  employerPersonId: string;
  employerOrganizationId: string;
  researcherOrganizationId: string | null;
  participantPersonId: string;
}

/** The user rows of the demo logins, all sharing one password hash (scrypt is slow by design). */
export function demoAccountRows(
  passwordHash: string,
  links: DemoAccountLinks,
  today: string,
): (typeof users.$inferInsert)[] {
  const base = {
    passwordHash,
    active: true,
    termsAcceptedAt: stamp(today),
    createdAt: stamp(today),
    updatedAt: stamp(today),
  };
  return [
    {
      ...base,
      id: DEMO_USER_IDS.coordinator,
      email: 'coordinator@example.org',
      role: 'COORDINATOR',
      personId: links.coordinatorPersonId,
      organizationId: links.coordinatorOrganizationId,
    },
    {
      ...base,
      id: DEMO_USER_IDS.employer,
      email: 'employer@example.org',
      role: 'EMPLOYER',
      personId: links.employerPersonId,
      organizationId: links.employerOrganizationId,
    },
    {
      ...base,
      id: DEMO_USER_IDS.researcher,
      email: 'researcher@example.org',
      role: 'RESEARCHER',
      personId: null,
      organizationId: links.researcherOrganizationId,
    },
    {
      ...base,
      id: DEMO_USER_IDS.participant,
      email: 'participant@example.org',
      role: 'PARTICIPANT',
      personId: links.participantPersonId,
      organizationId: null,
    },
    {
      ...base,
      id: DEMO_USER_IDS.admin,
      email: 'admin@example.org',
      role: 'ADMIN',
      personId: null,
      organizationId: null,
    },
  ];
}
