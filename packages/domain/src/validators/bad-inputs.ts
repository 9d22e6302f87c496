import { z } from 'zod';
import * as accounts from '../accounts';
import * as domain from '../index';

/**
 * Wrong inputs for every exported input schema, for the tests that check what the validators
 * say about them (messages-complete.test.ts, issue-reason.test.ts). Test support only; not
 * exported from the package.
 */

const MANY = 300;

// One of each kind of wrong: missing, wrong type, empty, too long, badly formed, out of range,
// duplicated, too many.
export const BAD_VALUES: readonly unknown[] = [
  null,
  42,
  -1,
  1.5,
  100000,
  true,
  '',
  '   ',
  'x',
  'x'.repeat(6000),
  '12345',
  '98948340O',
  '989483405',
  '2023-02-29',
  '29.02.2024',
  'Kari\u0000',
  'Kari \u202eSA',
  '\u200b\u200b',
  {},
  [],
  [42],
  [''],
  ['Sveising', 'sveising'],
  [{}],
  [{ name: '' }, { name: 'Sveising' }, { name: 'sveising' }],
  Array.from({ length: MANY }, (_, i) => `x${i}`),
];

// Rules across fields, which no single wrong value reaches. Each input is otherwise valid for
// some schema, since zod checks an object's rules only once its fields pass.
const dates = { startDate: '2024-05-02', endDate: '2024-05-01' };
const party = { personId: 'per_1', role: 'MENTOR' };
export const CROSS_FIELD: readonly unknown[] = [
  { title: 'Avtale', kind: 'MENTORSHIP', ...dates, parties: [party, party] },
  {
    title: 'Avtale',
    kind: 'MENTORSHIP',
    parties: [
      { organizationId: 'org_1', role: 'EMPLOYER' },
      { organizationId: 'org_1', role: 'EMPLOYER' },
    ],
  },
  {
    title: 'Avtale',
    kind: 'MENTORSHIP',
    parties: Array.from({ length: MANY }, (_, i) => ({ ...party, personId: `per_${i}` })),
  },
  { ...party, organizationId: 'org_1' },
  { role: 'MENTOR' },
  { networkId: 'net_1', personId: 'per_1', organizationId: 'org_1' },
  { networkId: 'net_1', joinedOn: '2024-05-02', leftOn: '2024-05-01' },
  { name: 'Nettverk', kind: 'PROJECT', startedOn: '2024-05-02', endedOn: '2024-05-01' },
  {
    personAId: 'per_1',
    personBId: 'per_1',
    kind: 'MENTOR',
    since: '2024-05-02',
    until: '2024-05-01',
  },
  { from: '2024-05-02', to: '2024-05-01' },
  { email: 'kari.nordmann@nav.no', password: 'kari.nordmann-1990', role: 'ADMIN' },
  { email: 'kari.nordmann@nav.no', password: 'passord12345', role: 'ADMIN' },
  { email: 'kari.nordmann@nav.no', password: 'kort', role: 'ADMIN' },
  'not an object',
];

// Both entry points: the account schemas live in `@brobygger/domain/accounts`.
export const schemas = Object.entries({ ...domain, ...accounts } as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] =>
    entry[0].endsWith('Schema') && entry[1] instanceof z.ZodType,
);

export function inputsFor(schema: z.ZodType): unknown[] {
  if (!(schema instanceof z.ZodObject)) return [undefined, ...BAD_VALUES];
  const keys = Object.keys(schema.shape);
  return [
    {},
    ...keys.flatMap((key) => BAD_VALUES.map((value) => ({ [key]: value }))),
    ...CROSS_FIELD,
  ];
}
