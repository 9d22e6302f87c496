import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { matchesCandidateSearch, toFtsTerms } from './candidate-search';
import { openDatabase } from './sqlite-handle';
import { goals, people, talents } from './schema/index';

const handle = openDatabase(':memory:');
afterAll(() => handle.close());

async function found(text: string): Promise<string[]> {
  const condition = matchesCandidateSearch(people.id, text);
  const rows = await handle.db.select({ id: people.id }).from(people).where(condition ?? undefined);
  return rows.map((row) => row.id).sort();
}

describe('candidate search (FTS5)', () => {
  it('turns words into prefix terms and ignores FTS syntax', () => {
    expect(toFtsTerms('Sveis "NEAR" truck*')).toEqual(['"sveis"*', '"near"*', '"truck"*']);
    expect(toFtsTerms(' -- ')).toEqual([]);
  });

  it('follows every insert, update and delete of talents and goals', async () => {
    await handle.transaction(async (tx) => {
      await tx.insert(people).values([
        { id: 'per_a', name: 'A', sector: 'CIVIL', isParticipant: true },
        { id: 'per_b', name: 'B', sector: 'CIVIL', isParticipant: true },
      ]);
      await tx.insert(talents).values([
        { id: 'tal_a', personId: 'per_a', name: 'Sveising' },
        { id: 'tal_b', personId: 'per_b', name: 'Truckkjøring' },
      ]);
      await tx.insert(goals).values({ id: 'gol_a', personId: 'per_a', text: 'Bli kokk på et hotell' });
    });
    expect(await found('sveis')).toEqual(['per_a']);
    expect(await found('kokk hotell')).toEqual(['per_a']);
    expect(await found('sveis kokk')).toEqual(['per_a']);
    expect(await found('sveis truck')).toEqual([]);
    expect(await found('TRUCKKJØRING')).toEqual(['per_b']);

    await handle.transaction(async (tx) => {
      await tx.update(goals).set({ text: 'Bli baker' }).where(eq(goals.id, 'gol_a'));
      await tx.delete(talents).where(eq(talents.id, 'tal_a'));
    });
    expect(await found('kokk')).toEqual([]);
    expect(await found('sveis')).toEqual([]);
    expect(await found('baker')).toEqual(['per_a']);

    await handle.transaction((tx) => tx.delete(people).where(eq(people.id, 'per_b')));
    expect(await found('truck')).toEqual([]);
  });
});
