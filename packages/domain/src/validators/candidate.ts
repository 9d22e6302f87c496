import { z } from 'zod';
import { PARTICIPANT_STATUSES, SHORTLIST_RATINGS } from '../enums';
import { enumField, hoursPerWeekField, idField, municipalityNumberField, nameField, searchField, textField } from './fields';
import { messages } from './messages';

/** Most talents one candidate search may require. */
export const MAX_SEARCH_TALENTS = 20;
/** Longest full-text search over candidates' talents and goals. */
export const MAX_CANDIDATE_SEARCH_LENGTH = 200;

/** An employer's filter over pseudonymous candidate cards; every part narrows the list. */
export const candidateFilterSchema = z.object({
  search: searchField('Search', MAX_CANDIDATE_SEARCH_LENGTH).nullish(),
  talents: z
    .array(nameField('Talent'), { error: () => messages().mustBeList('Talents') })
    .max(MAX_SEARCH_TALENTS, { error: () => messages().tooManySearchTalents(MAX_SEARCH_TALENTS) })
    .nullish(),
  municipalityNumber: municipalityNumberField().nullish(),
  minHoursPerWeek: hoursPerWeekField('Minimum hours per week').nullish(),
  wishedIndustry: textField('Wished industry', 20).nullish(),
  statuses: z.array(enumField(PARTICIPANT_STATUSES, 'Status')).nullish(),
});
export type CandidateFilterInput = z.infer<typeof candidateFilterSchema>;

/** The employer's rating of a candidate on an opening's shortlist. */
export const rateCandidateSchema = z.object({
  opportunityId: idField('Opening'),
  candidateId: idField('Candidate'),
  rating: enumField(SHORTLIST_RATINGS, 'Rating'),
});
export type RateCandidateInput = z.infer<typeof rateCandidateSchema>;
