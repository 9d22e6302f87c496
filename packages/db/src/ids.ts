import { randomBytes } from 'node:crypto';

/**
 * Every entity id carries a prefix naming its table, so ids are unique across entities: the
 * graph uses the same id for a node as the API does for the person or organisation.
 */
export const ID_PREFIXES = {
  organization: 'org',
  person: 'per',
  network: 'net',
  networkMember: 'mem',
  connection: 'con',
  agreement: 'agr',
  agreementParty: 'pty',
  opportunity: 'opp',
  introduction: 'int',
  shortlistEntry: 'sle',
  user: 'usr',
  talent: 'tal',
  goal: 'gol',
  planStep: 'stp',
  statusChange: 'stc',
} as const;

export type EntityName = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A new random id such as `per_4k9x2m7q1z3c`. */
export function newId(entity: EntityName): string {
  const bytes = randomBytes(12);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte & 31];
  return `${ID_PREFIXES[entity]}_${suffix}`;
}

/** The entity an id belongs to, from its prefix; undefined for a malformed id. */
export function entityOfId(id: string): EntityName | undefined {
  const prefix = id.split('_', 1)[0];
  return (Object.keys(ID_PREFIXES) as EntityName[]).find((name) => ID_PREFIXES[name] === prefix);
}
