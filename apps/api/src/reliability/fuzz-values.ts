import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** A small seeded generator (mulberry32): the same seed gives the same operations. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof random>;

const UNICODE = [
  'Ærlig Østlandsk Åsmund',
  'Ŋálggo sámegiella',
  '👩🏽‍🔧 sveiser 🔥',
  'مرحبا بالعالم',
  'Zalgo: Z̷̢͓a̸̛l̴g̵o̷',
  'zero\u200bwidth\u200djoiner',
  'nul\u0000byte',
  '\ud800 lone surrogate',
  'line\nbreak\ttab\r',
  '"; DROP TABLE people; --',
  "' OR 1=1 --",
  '%s%n%x',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '*',
  'NEAR(a b) OR "',
  'a AND OR NOT',
  '',
  ' ',
];

const HUGE_NUMBERS = [
  -1, 0, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, -1e308, 1e308, 0.5, -0.0001, 3.14159,
];

/** Strings that look like ids of every kind, none of which exists. */
const UNKNOWN_IDS = ['org_doesnotexist', 'per_00000000', 'agr_', 'x', '', 'usr_000001 OR 1=1', 'per_' + 'a'.repeat(300)];

/** Real ids of the seeded database, so some operations reach past "not found". */
export interface IdPool {
  all: string[];
}

function hostileScalar(rng: Random): unknown {
  switch (rng.int(0, 8)) {
    case 0:
      return null;
    case 1:
      return rng.pick(HUGE_NUMBERS);
    case 2:
      return rng.pick(UNICODE);
    case 3:
      return rng.chance(0.5) ? true : false;
    case 4:
      return { nested: { deeper: [1, 'two', null] } };
    case 5:
      return [rng.pick(UNICODE), rng.pick(HUGE_NUMBERS)];
    case 6:
      return rng.pick(UNKNOWN_IDS);
    case 7:
      // Big but inside the body limit: tests length rules and FTS on long input.
      return 'å'.repeat(rng.int(10_000, 100_000));
    default:
      return 'x'.repeat(rng.int(256, 5_000));
  }
}

function plausibleScalar(name: string, rng: Random, ids: IdPool): unknown {
  switch (name) {
    case 'ID':
      return rng.chance(0.7) && ids.all.length ? rng.pick(ids.all) : rng.pick(UNKNOWN_IDS);
    case 'Int':
      return rng.chance(0.7) ? rng.int(0, 40) : rng.pick(HUGE_NUMBERS);
    case 'Float':
      return rng.chance(0.7) ? rng.next() * 100 : rng.pick(HUGE_NUMBERS);
    case 'Boolean':
      return rng.chance(0.5);
    case 'Date':
      return rng.pick(['2026-03-01', '2025-12-31', '2026-02-30', '1900-01-01', '9999-12-31', '2026-13-01', 'yesterday']);
    case 'DateTime':
      return rng.pick(['2026-03-01T10:00:00Z', '2026-03-01T10:00:00+01:00', '2026-03-01', 'not a time', '0000-00-00T00:00:00Z']);
    case 'JSON':
      return rng.pick([{}, { a: 1 }, [1, 2], 'text', null]);
    default:
      return rng.pick([
        'Grenland Mekaniske Verksted AS',
        'sveising',
        '974760673',
        '3807',
        'kari@example.org',
        'https://example.org',
        rng.pick(UNICODE),
      ]);
  }
}

/**
 * A random value for an input type: mostly the right shape (so the operation reaches the
 * service), sometimes hostile (wrong type, null, huge, unicode, unknown enum or field).
 */
export function valueFor(type: GraphQLInputType, rng: Random, ids: IdPool, depth = 0): unknown {
  if (rng.chance(0.08)) return hostileScalar(rng);
  if (isNonNullType(type)) return valueFor(type.ofType, rng, ids, depth);
  if (rng.chance(0.05)) return null;
  if (isListType(type)) {
    const length = rng.chance(0.05) ? rng.int(50, 300) : rng.int(0, 3);
    return Array.from({ length }, () => valueFor(type.ofType, rng, ids, depth + 1));
  }
  if (isEnumType(type)) {
    return rng.chance(0.85) ? rng.pick(type.getValues()).value : rng.pick(['NOT_A_VALUE', 'business', '', 'DELETE']);
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    if (depth > 4) return value;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) ? rng.chance(0.95) : rng.chance(0.5))
        value[field.name] = valueFor(field.type, rng, ids, depth + 1);
    }
    if (rng.chance(0.05)) value.notAField = 'surprise';
    return value;
  }
  if (isScalarType(type)) return plausibleScalar(type.name, rng, ids);
  return null;
}
