import { ID_PREFIXES, type EntityName } from '../ids';

/** A deterministic id such as `per_000123`: the seed's rows keep their ids from run to run. */
export function seedId(entity: EntityName, n: number): string {
  return `${ID_PREFIXES[entity]}_${String(n).padStart(6, '0')}`;
}

/** Hands out `seedId`s for one entity, numbered from 1. */
export function idSequence(entity: EntityName): () => string {
  let n = 0;
  return () => seedId(entity, ++n);
}
