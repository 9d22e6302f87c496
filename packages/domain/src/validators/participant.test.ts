import { describe, expect, it } from 'vitest';
import {
  createDreamSchema,
  createGoalSchema,
  createParticipantProfileSchema,
  createPlanStepSchema,
  createStatusChangeSchema,
  createTalentSchema,
  reasonFitsStatus,
  reorderSchema,
  statusChangeFormSchema,
  updateConsentSchema,
  updateGoalSchema,
  updateParticipantProfileSchema,
  updatePlanStepSchema,
  updateTalentSchema,
} from './participant';
import { validateInput } from './validation-error';

describe('participant profile', () => {
  const profile = {
    status: 'WORK_TRIAL',
    municipalityNumber: '4001',
    municipalityName: 'Porsgrunn',
    hoursPerWeek: 25,
    dreams: 'Drive a forklift',
    benefit: 'WORK_ASSESSMENT_ALLOWANCE',
    publicPartnerId: 'org_nav_porsgrunn',
    coordinatorId: 'per_coord',
    visibleToEmployers: true,
    shareForResearch: false,
    talents: [{ name: 'Forklift', level: 'SKILLED' }, { name: 'Welding' }],
    wishedIndustries: ['49', '52.10'],
  };

  it('accepts a full profile', () => {
    expect(validateInput(createParticipantProfileSchema, profile)).toEqual({ ok: true, value: profile });
  });

  it.each([
    [{ status: 'RETIRED' }, 'status'],
    [{ hoursPerWeek: 120 }, 'hoursPerWeek'],
    [{ benefit: 'DIAGNOSIS' }, 'benefit'],
    [{ talents: [{ level: 'EXPERT' }] }, 'talents.0.name'],
    [{ talents: [{ name: 'Welding', level: 'GURU' }] }, 'talents.0.level'],
    [{ wishedIndustries: ['49', ''] }, 'wishedIndustries.1'],
    [{ wishedIndustries: ['Transport', 'transport'] }, 'wishedIndustries.1'],
    [{ visibleToEmployers: 'true' }, 'visibleToEmployers'],
  ])('refuses %j on %s', (input, field) => {
    expect(validateInput(createParticipantProfileSchema, input)).toMatchObject({ ok: false, field });
  });

  it('refuses the same talent twice, whatever the case', () => {
    expect(
      validateInput(updateParticipantProfileSchema, { talents: [{ name: 'Welding' }, { name: 'Cooking' }, { name: 'WELDING' }] }),
    ).toEqual({
      ok: false,
      field: 'talents.2.name',
      message: 'Talent "WELDING" is listed twice.',
      reason: 'LISTED_TWICE',
      params: { name: 'WELDING' },
    });
  });

  it('clears optional fields with null on update, but not the consent flags', () => {
    expect(validateInput(updateParticipantProfileSchema, { dreams: null, benefit: null, hoursPerWeek: null })).toEqual({
      ok: true,
      value: { dreams: null, benefit: null, hoursPerWeek: null },
    });
    expect(validateInput(updateParticipantProfileSchema, { visibleToEmployers: null })).toMatchObject({
      ok: false,
      field: 'visibleToEmployers',
    });
  });

  it('has no field for a diagnosis, so one is never stored', () => {
    const result = validateInput(createParticipantProfileSchema, { diagnosis: 'F32' });
    expect(result).toEqual({ ok: true, value: {} });
  });
});

describe('talent, goal and plan step', () => {
  it('needs a talent name and a valid level', () => {
    expect(validateInput(createTalentSchema, { name: 'Baking', level: 'EXPERT' })).toMatchObject({ ok: true });
    expect(validateInput(createTalentSchema, { level: 'EXPERT' })).toEqual({
      ok: false,
      field: 'name',
      message: 'Talent is required.',
      reason: 'REQUIRED',
    });
    expect(validateInput(updateTalentSchema, { level: 'BASIC' })).toEqual({ ok: true, value: { level: 'BASIC' } });
  });

  it('needs goal text and a real target date', () => {
    expect(validateInput(createGoalSchema, { text: 'Get a driving licence', targetDate: '2025-06-30' })).toMatchObject({ ok: true });
    expect(validateInput(createGoalSchema, { text: ' ' })).toEqual({ ok: false, field: 'text', message: 'Goal cannot be empty.', reason: 'EMPTY' });
    expect(validateInput(createGoalSchema, { text: 'x', targetDate: '2025-06-31' })).toMatchObject({ field: 'targetDate' });
    expect(validateInput(updateGoalSchema, { status: 'ACHIEVED', targetDate: null })).toEqual({
      ok: true,
      value: { status: 'ACHIEVED', targetDate: null },
    });
  });

  it('checks plan steps', () => {
    expect(validateInput(createPlanStepSchema, { text: 'Call the bakery', dueDate: '2025-01-10', goalId: 'gol_1' })).toMatchObject({ ok: true });
    expect(validateInput(createPlanStepSchema, { dueDate: '2025-01-10' })).toMatchObject({ ok: false, field: 'text' });
    expect(validateInput(updatePlanStepSchema, { done: true })).toEqual({ ok: true, value: { done: true } });
    expect(validateInput(updatePlanStepSchema, { done: 'yes' })).toEqual({
      ok: false,
      field: 'done',
      message: 'Done must be true or false.',
      reason: 'NOT_BOOLEAN',
    });
  });
});

describe('status change and consent', () => {
  it('needs a status and the day it changed', () => {
    expect(validateInput(createStatusChangeSchema, { status: 'EDUCATION', changedOn: '2024-08-19' })).toMatchObject({ ok: true });
    expect(validateInput(createStatusChangeSchema, { status: 'EDUCATION' })).toEqual({
      ok: false,
      field: 'changedOn',
      message: 'Changed on is required.',
      reason: 'REQUIRED',
    });
    expect(validateInput(createStatusChangeSchema, { status: 'SICK', changedOn: '2024-08-19' })).toMatchObject({ field: 'status' });
  });

  it('takes either consent on its own', () => {
    expect(validateInput(updateConsentSchema, { shareForResearch: false })).toEqual({ ok: true, value: { shareForResearch: false } });
    expect(validateInput(updateConsentSchema, { visibleToEmployers: 1 })).toMatchObject({ ok: false, field: 'visibleToEmployers' });
  });
});

describe('hours, dreams, order and the reason of a status change', () => {
  it('refuses more than 60 hours a week with a message naming the range, instead of cutting it', () => {
    expect(validateInput(updateParticipantProfileSchema, { hoursPerWeek: 60 })).toEqual({ ok: true, value: { hoursPerWeek: 60 } });
    expect(validateInput(updateParticipantProfileSchema, { hoursPerWeek: 61 })).toEqual({
      ok: false,
      field: 'hoursPerWeek',
      message: 'Hours per week must be a whole number from 0 to 60.',
      reason: 'TOO_MANY_HOURS',
      params: { max: 60 },
    });
  });

  it('takes a dream as written text that is not empty', () => {
    expect(validateInput(createDreamSchema, { text: '  Eie en kafé ' })).toEqual({ ok: true, value: { text: 'Eie en kafé' } });
    expect(validateInput(createDreamSchema, { text: ' ' })).toMatchObject({ ok: false, field: 'text', reason: 'EMPTY' });
  });

  it('takes an order that names each item once', () => {
    expect(validateInput(reorderSchema, { ids: ['tal_b', 'tal_a'] })).toEqual({ ok: true, value: { ids: ['tal_b', 'tal_a'] } });
    expect(validateInput(reorderSchema, { ids: ['tal_a', 'tal_a'] })).toMatchObject({ ok: false, field: 'ids', reason: 'LIST_CHANGED' });
  });

  it('lets older clients leave the reason out, but the form asks for one from the list', () => {
    const change = { status: 'WORK_TRIAL', changedOn: '2024-08-19' };
    expect(validateInput(createStatusChangeSchema, change)).toMatchObject({ ok: true });
    expect(validateInput(statusChangeFormSchema, change)).toMatchObject({ ok: false, field: 'reason' });
    expect(validateInput(statusChangeFormSchema, { ...change, reason: 'STARTED_WORK_TRIAL' })).toMatchObject({ ok: true });
    // Written by the system only: the first status and an agreement's outcome.
    expect(validateInput(createStatusChangeSchema, { ...change, reason: 'PROFILE_CREATED' })).toMatchObject({ ok: false, field: 'reason' });
  });

  it('refuses a reason that names a start the new status is not, on the reason', () => {
    const refused = { ok: false, field: 'reason', reason: 'REASON_DOES_NOT_FIT_STATUS', params: { status: 'WORK_TRIAL' } };
    for (const schema of [createStatusChangeSchema, statusChangeFormSchema]) {
      expect(validateInput(schema, { status: 'WORK_TRIAL', changedOn: '2024-08-19', reason: 'HIRED' })).toMatchObject(refused);
      expect(validateInput(schema, { status: 'EMPLOYED_PART_TIME', changedOn: '2024-08-19', reason: 'HIRED' })).toMatchObject({ ok: true });
      expect(validateInput(schema, { status: 'WORK_TRIAL', changedOn: '2024-08-19', reason: 'PAUSED' })).toMatchObject({ ok: true });
    }
    expect(reasonFitsStatus('STARTED_EDUCATION', 'EDUCATION')).toBe(true);
    expect(reasonFitsStatus('STARTED_EDUCATION', 'IN_ACTIVITY')).toBe(false);
    expect(reasonFitsStatus(null, 'IN_ACTIVITY')).toBe(true);
  });
});
