import { describe, expect, it } from 'vitest';
import { candidateMatch, hoursFit } from './candidate-match';

describe('candidateMatch', () => {
  it('says how many talents match, the municipality and the hours', () => {
    const match = candidateMatch({ talentsMatched: 3, talentsWanted: 4, sameMunicipality: true, candidateHours: 30, openingHours: 20 });
    expect(match.reason).toBe('3 of 4 talents, same municipality, enough hours');
    expect(match.score).toBe(38);
  });

  it('names the hours that fall short', () => {
    expect(candidateMatch({ talentsMatched: 1, talentsWanted: 1, sameMunicipality: false, candidateHours: 15, openingHours: 30 }).reason).toBe(
      '1 of 1 talent, 15 of 30 hours',
    );
  });

  it('ranks a talent above municipality and hours together', () => {
    const talent = candidateMatch({ talentsMatched: 1, talentsWanted: 2, sameMunicipality: false, candidateHours: null, openingHours: 20 });
    const place = candidateMatch({ talentsMatched: 0, talentsWanted: 2, sameMunicipality: true, candidateHours: 37, openingHours: 20 });
    expect(talent.score).toBeGreaterThan(place.score);
  });

  it('says so when nothing matches', () => {
    expect(candidateMatch({ talentsMatched: 0, talentsWanted: 0, sameMunicipality: false, candidateHours: null, openingHours: null }).reason).toBe(
      'no match with this opening',
    );
  });
});

describe('hoursFit', () => {
  it('is unknown when either side is', () => {
    expect(hoursFit(null, 20)).toBeNull();
    expect(hoursFit(20, null)).toBeNull();
    expect(hoursFit(20, 20)).toBe(true);
  });
});
