import { z } from 'zod';
import { blankToNull, idField, textField } from './fields';

/** Longest message an employer may send with an introduction request. */
export const MAX_INTRODUCTION_MESSAGE_LENGTH = 2000;

/** An employer's request to meet a candidate, optionally about one of their openings. */
export const createIntroductionSchema = z.object({
  participantId: idField('Candidate'),
  opportunityId: blankToNull('Opportunity', idField('Opportunity')).nullish(),
  message: blankToNull('Message', textField('Message', MAX_INTRODUCTION_MESSAGE_LENGTH)).nullish(),
});
export type CreateIntroductionInput = z.infer<typeof createIntroductionSchema>;
