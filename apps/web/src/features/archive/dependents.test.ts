import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { dependentPhrases, dependentsOfParams } from './dependents';

describe('what refers to a record, in words', () => {
  it('says each count in bokmål with the right number, most first', () => {
    expect(
      dependentPhrases(i18next.t, [
        { kind: 'PEOPLE', count: 1 },
        { kind: 'AGREEMENTS', count: 3 },
        { kind: 'SHORTLIST_ENTRIES', count: 0 },
      ]),
    ).toEqual(['3 avtaler', '1 tilknyttet person']);
  });

  it('reads an IN_USE refusal’s params as the same kinds', () => {
    expect(
      dependentsOfParams({
        agreements: 3,
        shortlistEntries: 1,
        followedParticipants: 2,
        note: 'x',
      }),
    ).toEqual([
      { kind: 'AGREEMENTS', count: 3 },
      { kind: 'SHORTLIST_ENTRIES', count: 1 },
      { kind: 'FOLLOWED_PARTICIPANTS', count: 2 },
    ]);
    expect(dependentsOfParams(undefined)).toEqual([]);
  });
});
