import { customAlphabet } from 'nanoid';

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
  dream: 'drm',
  planStep: 'stp',
  statusChange: 'stc',
} as const;

export type EntityName = keyof typeof ID_PREFIXES;

/** Digits and lower-case letters without i, l, o and u: twelve of these carry 60 random bits. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/**
 * nanoid draws from a pool of random bytes filled in large steps; asking the operating system
 * for twelve bytes per id was most of an import's time at 200,000 organisations.
 */
const randomSuffix = customAlphabet(ALPHABET, 12);

/** A new random id such as `per_4k9x2m7q1z3c`. */
export function newId(entity: EntityName): string {
  return `${ID_PREFIXES[entity]}_${randomSuffix()}`;
}

/** The entity an id belongs to, from its prefix; undefined for a malformed id. */
export function entityOfId(id: string): EntityName | undefined {
  const prefix = id.split('_', 1)[0];
  return (Object.keys(ID_PREFIXES) as EntityName[]).find((name) => ID_PREFIXES[name] === prefix);
}
