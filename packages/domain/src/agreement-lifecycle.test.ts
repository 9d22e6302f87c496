import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_MOVES,
  allowedMoves,
  checkMove,
  type AgreementMove,
  type LifecycleAgreement,
  type LifecycleParty,
  type MoveArgs,
} from './agreement-lifecycle';
import { AGREEMENT_STATUSES, type AgreementStatus } from './enums';

const participant: LifecycleParty = {
  id: 'p1',
  sector: 'CIVIL',
  role: 'PARTICIPANT',
  signedAt: '2024-03-01',
};
const employer: LifecycleParty = {
  id: 'p2',
  sector: 'BUSINESS',
  role: 'EMPLOYER',
  signedAt: '2024-03-02',
};
const nav: LifecycleParty = {
  id: 'p3',
  sector: 'PUBLIC',
  role: 'PUBLIC_PARTNER',
  signedAt: '2024-03-03',
};

/** A three-sector agreement in which everybody but the NAV office has signed. */
function agreement(status: AgreementStatus, navSigned = true): LifecycleAgreement {
  return {
    status,
    parties: [participant, employer, { ...nav, signedAt: navSigned ? nav.signedAt : null }],
  };
}

/** Valid arguments for each move; `sign` is made by the one party that has not signed. */
const validArgs: Record<AgreementMove, MoveArgs> = {
  propose: {},
  sign: { partyId: 'p3' },
  activate: {},
  complete: { outcome: 'HIRED' },
  terminate: { reason: 'The participant moved to Bergen.' },
};

// Expected result of each move from each status, when every other rule is met.
// A status means the move is allowed and leads there; 'refused' means the status forbids it.
const TABLE: Record<AgreementStatus, Record<AgreementMove, AgreementStatus | 'refused'>> = {
  DRAFT: {
    propose: 'PROPOSED',
    sign: 'DRAFT',
    activate: 'refused',
    complete: 'refused',
    terminate: 'TERMINATED',
  },
  PROPOSED: {
    propose: 'refused',
    sign: 'PROPOSED',
    activate: 'ACTIVE',
    complete: 'refused',
    terminate: 'TERMINATED',
  },
  ACTIVE: {
    propose: 'refused',
    sign: 'refused',
    activate: 'refused',
    complete: 'COMPLETED',
    terminate: 'TERMINATED',
  },
  COMPLETED: {
    propose: 'refused',
    sign: 'refused',
    activate: 'refused',
    complete: 'refused',
    terminate: 'refused',
  },
  TERMINATED: {
    propose: 'refused',
    sign: 'refused',
    activate: 'refused',
    complete: 'refused',
    terminate: 'refused',
  },
};

const pairs = AGREEMENT_STATUSES.flatMap((status) =>
  AGREEMENT_MOVES.map((move) => [status, move] as const),
);

describe('checkMove over every status × move', () => {
  it('covers all 25 pairs', () => {
    expect(pairs).toHaveLength(25);
  });

  it.each(pairs)('%s + %s', (status, move) => {
    const expected = TABLE[status][move];
    const result = checkMove(agreement(status, move !== 'sign'), move, validArgs[move]);
    if (expected === 'refused') {
      expect(result).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'status' });
      if (!result.ok) expect(result.reason).toMatch(/^[A-Z].*\.$/);
    } else {
      expect(result).toEqual({ ok: true, nextStatus: expected });
    }
  });

  it.each(pairs)('allowedMoves agrees with checkMove for %s + %s', (status, move) => {
    const option = allowedMoves(agreement(status, move !== 'sign')).find((o) => o.move === move);
    const expected = TABLE[status][move];
    expect(option?.allowed).toBe(expected !== 'refused');
    expect(option?.nextStatus).toBe(expected === 'refused' ? null : expected);
  });
});

describe('refusals a user can act on', () => {
  it('says why a final agreement cannot change', () => {
    expect(checkMove(agreement('COMPLETED'), 'terminate', validArgs.terminate)).toMatchObject({
      reason: 'This agreement is completed, so it can no longer be changed.',
    });
    expect(checkMove(agreement('TERMINATED'), 'activate')).toMatchObject({
      reason: 'This agreement is terminated, so it can no longer be changed.',
    });
  });

  it('asks for a proposal before activation', () => {
    expect(checkMove(agreement('DRAFT'), 'activate')).toMatchObject({
      field: 'status',
      reason: 'An agreement must be proposed before it can be activated.',
    });
  });

  it('refuses to complete an agreement that is not active', () => {
    expect(checkMove(agreement('PROPOSED'), 'complete', { outcome: 'HIRED' })).toMatchObject({
      reason: 'Only an active agreement can be completed; this one is proposed.',
    });
  });
});

describe('propose', () => {
  it('needs parties from at least two sectors', () => {
    const oneSector: LifecycleAgreement = {
      status: 'DRAFT',
      parties: [employer, { ...employer, id: 'p4', role: 'MENTOR' }],
    };
    expect(checkMove(oneSector, 'propose')).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'parties',
      reason:
        'An agreement can only be proposed when its parties come from at least two sectors; all of its parties are from the business sector.',
      problem: 'AGREEMENT_ONE_SECTOR',
      params: { sector: 'BUSINESS' },
    });
  });

  it('explains that an agreement without parties cannot be proposed', () => {
    const result = checkMove({ status: 'DRAFT', parties: [] }, 'propose');
    expect(result).toMatchObject({ ok: false, field: 'parties' });
    if (!result.ok) expect(result.reason).toContain('it has no parties yet');
  });

  it('does not need signatures', () => {
    const unsigned: LifecycleAgreement = {
      status: 'DRAFT',
      parties: [
        { ...participant, signedAt: null },
        { ...employer, signedAt: null },
      ],
    };
    expect(checkMove(unsigned, 'propose')).toEqual({ ok: true, nextStatus: 'PROPOSED' });
  });
});

describe('sign', () => {
  it('is refused for a party that already signed, with the date', () => {
    expect(checkMove(agreement('PROPOSED'), 'sign', { partyId: 'p1' })).toMatchObject({
      ok: false,
      field: 'partyId',
      reason: 'This party already signed on 2024-03-01.',
    });
  });

  it('shows only the date of a signature stored as a timestamp', () => {
    const a: LifecycleAgreement = {
      status: 'DRAFT',
      parties: [{ ...participant, signedAt: '2024-03-01T10:15:00.000Z' }],
    };
    expect(checkMove(a, 'sign', { partyId: 'p1' })).toMatchObject({
      reason: 'This party already signed on 2024-03-01.',
    });
  });

  it('is refused for a party that is not in the agreement, or when no party is given', () => {
    expect(checkMove(agreement('DRAFT', false), 'sign', { partyId: 'nobody' })).toMatchObject({
      field: 'partyId',
      reason: 'That party is not part of this agreement.',
    });
    expect(checkMove(agreement('DRAFT', false), 'sign')).toMatchObject({ field: 'partyId' });
  });

  it('is unavailable once everyone has signed', () => {
    const sign = allowedMoves(agreement('PROPOSED')).find((o) => o.move === 'sign');
    expect(sign).toMatchObject({ allowed: false, reason: 'Every party has already signed.' });
  });
});

describe('activate', () => {
  it('needs every signature and says how many are missing', () => {
    expect(checkMove(agreement('PROPOSED', false), 'activate')).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'parties',
      reason: 'An agreement can only be activated when every party has signed; 2 of 3 have.',
      problem: 'AGREEMENT_UNSIGNED',
      params: { signed: 2, total: 3 },
    });
  });

  it('needs at least two parties', () => {
    expect(checkMove({ status: 'PROPOSED', parties: [participant] }, 'activate')).toMatchObject({
      field: 'parties',
      reason: 'An agreement can only be activated when it has at least two parties; it has 1.',
    });
  });

  it('checks the two-sector rule again, in case parties changed after the proposal', () => {
    const result = checkMove(
      { status: 'PROPOSED', parties: [employer, { ...employer, id: 'p5' }] },
      'activate',
    );
    expect(result).toMatchObject({ ok: false, field: 'parties' });
    if (!result.ok) expect(result.reason).toContain('at least two sectors');
  });

  it('shows the missing signatures on the disabled button', () => {
    const activate = allowedMoves(agreement('PROPOSED', false)).find((o) => o.move === 'activate');
    expect(activate).toEqual({
      move: 'activate',
      allowed: false,
      nextStatus: null,
      field: 'parties',
      reason: 'An agreement can only be activated when every party has signed; 2 of 3 have.',
      problem: 'AGREEMENT_UNSIGNED',
      params: { signed: 2, total: 3 },
    });
  });
});

describe('complete', () => {
  it.each(['HIRED', 'EXTENDED', 'EDUCATION', 'ENDED'])('accepts the outcome %s', (outcome) => {
    expect(checkMove(agreement('ACTIVE'), 'complete', { outcome })).toEqual({
      ok: true,
      nextStatus: 'COMPLETED',
    });
  });

  it('needs an outcome', () => {
    expect(checkMove(agreement('ACTIVE'), 'complete')).toMatchObject({
      field: 'outcome',
      reason: 'Choose an outcome to complete the agreement: HIRED, EXTENDED, EDUCATION or ENDED.',
    });
  });

  it('refuses an outcome that does not exist', () => {
    expect(checkMove(agreement('ACTIVE'), 'complete', { outcome: 'hired' })).toMatchObject({
      field: 'outcome',
      reason: '"hired" is not an outcome; choose HIRED, EXTENDED, EDUCATION or ENDED.',
    });
  });
});

describe('complete as a job', () => {
  const trial = (kind: LifecycleAgreement['kind']): LifecycleAgreement => ({
    ...agreement('ACTIVE'),
    kind,
  });

  it.each(['FULL_TIME', 'PART_TIME'])('takes %s with HIRED on a work trial', (employment) => {
    expect(checkMove(trial('WORK_TRIAL'), 'complete', { outcome: 'HIRED', employment })).toEqual({
      ok: true,
      nextStatus: 'COMPLETED',
    });
  });

  it('refuses full or part time where the outcome is no job', () => {
    expect(
      checkMove(trial('WORK_TRIAL'), 'complete', { outcome: 'ENDED', employment: 'FULL_TIME' }),
    ).toMatchObject({
      field: 'employment',
      problem: 'AGREEMENT_EMPLOYMENT_NOT_A_JOB',
    });
    expect(
      checkMove(trial('MENTORSHIP'), 'complete', { outcome: 'HIRED', employment: 'PART_TIME' }),
    ).toMatchObject({
      field: 'employment',
      problem: 'AGREEMENT_EMPLOYMENT_NOT_A_JOB',
    });
  });

  it('refuses an extent that does not exist', () => {
    expect(
      checkMove(trial('EMPLOYMENT'), 'complete', { outcome: 'HIRED', employment: 'HALF' }),
    ).toMatchObject({
      field: 'employment',
      problem: 'AGREEMENT_EMPLOYMENT_INVALID',
      params: { employment: 'HALF' },
    });
  });
});

describe('dates', () => {
  const dated = (
    status: AgreementStatus,
    startDate: string | null,
    endDate: string | null,
  ): LifecycleAgreement => ({
    ...agreement(status, status !== 'DRAFT'),
    startDate,
    endDate,
  });

  it('refuses completing before the start date, and allows it from the first day', () => {
    expect(
      checkMove(
        dated('ACTIVE', '2026-03-01', '2026-06-30'),
        'complete',
        { outcome: 'ENDED' },
        '2026-02-28',
      ),
    ).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'startDate',
      reason: 'An agreement cannot be completed before it starts; it starts on 2026-03-01.',
      problem: 'AGREEMENT_NOT_STARTED',
      params: { startDate: '2026-03-01' },
    });
    expect(
      checkMove(
        dated('ACTIVE', '2026-03-01', '2026-06-30'),
        'complete',
        { outcome: 'ENDED' },
        '2026-03-01',
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it('lets the parties activate ahead of the start, but not after the end date', () => {
    const proposed = dated('PROPOSED', '2026-03-01', '2026-06-30');
    expect(checkMove(proposed, 'activate', {}, '2026-01-10')).toEqual({
      ok: true,
      nextStatus: 'ACTIVE',
    });
    expect(checkMove(proposed, 'activate', {}, '2026-07-01')).toMatchObject({
      field: 'endDate',
      problem: 'AGREEMENT_ENDED',
      params: { endDate: '2026-06-30' },
    });
    expect(
      checkMove(dated('DRAFT', '2026-03-01', '2026-06-30'), 'propose', {}, '2026-07-01'),
    ).toMatchObject({
      problem: 'AGREEMENT_ENDED',
    });
  });

  it('refuses proposing, activating and completing when the end is before the start, even without today', () => {
    const crossed = (status: AgreementStatus) => dated(status, '2026-03-01', '2026-02-01');
    for (const [status, move, args] of [
      ['DRAFT', 'propose', {}],
      ['PROPOSED', 'activate', {}],
      ['ACTIVE', 'complete', { outcome: 'ENDED' }],
    ] as const) {
      expect(checkMove(crossed(status), move, args)).toMatchObject({
        field: 'endDate',
        problem: 'AGREEMENT_END_BEFORE_START',
        params: { startDate: '2026-03-01', endDate: '2026-02-01' },
      });
    }
  });

  it('never stops a signature or a termination', () => {
    const unsigned = {
      ...agreement('PROPOSED', false),
      startDate: '2026-03-01',
      endDate: '2026-02-01',
    };
    expect(checkMove(unsigned, 'sign', { partyId: 'p3' }, '2027-01-01')).toMatchObject({
      ok: true,
    });
    expect(
      checkMove(
        dated('ACTIVE', '2026-03-01', '2026-06-30'),
        'terminate',
        validArgs.terminate,
        '2026-01-01',
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it('shows the date on the disabled button', () => {
    const complete = allowedMoves(dated('ACTIVE', '2026-03-01', null), '2026-02-01').find(
      (o) => o.move === 'complete',
    );
    expect(complete).toMatchObject({
      allowed: false,
      field: 'startDate',
      problem: 'AGREEMENT_NOT_STARTED',
      params: { startDate: '2026-03-01' },
    });
    expect(
      allowedMoves(dated('ACTIVE', '2026-03-01', null), '2026-03-01').find(
        (o) => o.move === 'complete',
      ),
    ).toMatchObject({ allowed: true });
  });
});

describe('terminate', () => {
  it.each([undefined, null, '', '   '])('needs a reason (%j)', (reason) => {
    expect(checkMove(agreement('ACTIVE'), 'terminate', { reason })).toMatchObject({
      ok: false,
      field: 'reason',
      reason: 'Give a reason for terminating the agreement.',
    });
  });

  it('refuses a reason longer than 5000 characters', () => {
    expect(checkMove(agreement('DRAFT'), 'terminate', { reason: 'x'.repeat(5001) })).toMatchObject({
      field: 'reason',
    });
    expect(checkMove(agreement('DRAFT'), 'terminate', { reason: 'x'.repeat(5000) })).toMatchObject({
      ok: true,
    });
  });

  it('is offered from a draft so an abandoned draft keeps its reason', () => {
    const terminate = allowedMoves({ status: 'DRAFT', parties: [] }).find(
      (o) => o.move === 'terminate',
    );
    expect(terminate).toMatchObject({ allowed: true, nextStatus: 'TERMINATED' });
  });
});

describe('allowedMoves', () => {
  it('lists every move once, in button order', () => {
    expect(allowedMoves(agreement('DRAFT')).map((o) => o.move)).toEqual([...AGREEMENT_MOVES]);
  });

  it('offers only propose, sign and terminate on a fresh draft with unsigned parties', () => {
    const draft = agreement('DRAFT', false);
    expect(
      allowedMoves(draft)
        .filter((o) => o.allowed)
        .map((o) => o.move),
    ).toEqual(['propose', 'sign', 'terminate']);
  });
});
