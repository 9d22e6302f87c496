import { type AgreementKind, type AgreementStatus, type PartyRole, type Sector } from './enums';
import { dateRefusal } from './agreement-dates';
import { outcomeRefusal } from './agreement-outcome';
import {
  refuse,
  type LifecycleProblem,
  type MoveRefusal,
  type ProblemParams,
} from './agreement-problems';
import { sectorsOf } from './sector';

/**
 * The collaboration agreement's lifecycle as an explicit state machine:
 * DRAFT → PROPOSED → ACTIVE → COMPLETED | TERMINATED. Every move is checked here, so the
 * API refuses and the web app greys out exactly the same moves for the same reasons.
 */

/** The moves a user can make on an agreement, in the order the web app shows them. */
export const AGREEMENT_MOVES = ['propose', 'sign', 'activate', 'complete', 'terminate'] as const;
export type AgreementMove = (typeof AGREEMENT_MOVES)[number];

/**
 * Where each move may start and where it leads. `sign` keeps the status: signatures are
 * collected while the agreement is a draft or proposed, and activation needs them all.
 * `terminate` is allowed from DRAFT too, so an abandoned draft keeps its record and reason
 * instead of vanishing; COMPLETED and TERMINATED are final.
 */
export const AGREEMENT_TRANSITIONS: Readonly<
  Record<
    AgreementMove,
    { readonly from: readonly AgreementStatus[]; readonly to: AgreementStatus | null }
  >
> = {
  propose: { from: ['DRAFT'], to: 'PROPOSED' },
  sign: { from: ['DRAFT', 'PROPOSED'], to: null },
  activate: { from: ['PROPOSED'], to: 'ACTIVE' },
  complete: { from: ['ACTIVE'], to: 'COMPLETED' },
  terminate: { from: ['DRAFT', 'PROPOSED', 'ACTIVE'], to: 'TERMINATED' },
};

/** Statuses from which no move is possible. */
export const FINAL_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['COMPLETED', 'TERMINATED'];

/** Longest termination reason accepted, the same as any other free text. */
export const MAX_TERMINATION_REASON_LENGTH = 5000;

/** What the lifecycle needs to know about one party. */
export interface LifecycleParty {
  /** Needed only to sign: the `partyId` argument is matched against it. */
  readonly id?: string;
  readonly sector: Sector;
  /** When the party signed (ISO date or timestamp), or null/undefined if not yet. */
  readonly signedAt?: string | null;
  readonly role: PartyRole;
}

/** What the lifecycle needs to know about an agreement. */
export interface LifecycleAgreement {
  readonly status: AgreementStatus;
  readonly parties: readonly LifecycleParty[];
  /** Needed to tell whether an outcome of HIRED means a job (full or part time). */
  readonly kind?: AgreementKind;
  /** ISO dates; the moves check them against each other and against today. */
  readonly startDate?: string | null;
  readonly endDate?: string | null;
}

/**
 * Arguments some moves need: `sign` a party, `complete` an outcome (and, for a job, full or
 * part time), `terminate` a reason.
 */
export interface MoveArgs {
  readonly partyId?: string | null;
  readonly outcome?: string | null;
  readonly employment?: string | null;
  readonly reason?: string | null;
}

/** The answer to "may I make this move?". */
export type MoveCheck = { readonly ok: true; readonly nextStatus: AgreementStatus } | MoveRefusal;

/** One lifecycle button: whether it is available, where it leads, and why not if it is not. */
export interface MoveOption {
  readonly move: AgreementMove;
  readonly allowed: boolean;
  /** The status after the move, when allowed. */
  readonly nextStatus: AgreementStatus | null;
  /** The field the refusal points at, when not allowed. */
  readonly field: string | null;
  /** Why the move is unavailable, when not allowed. */
  readonly reason: string | null;
  /** The same as a code, with the values its wording needs, when not allowed. */
  readonly problem: LifecycleProblem | null;
  readonly params: ProblemParams | null;
}

const STATUS_WORDS: Record<AgreementStatus, string> = {
  DRAFT: 'a draft',
  PROPOSED: 'proposed',
  ACTIVE: 'active',
  COMPLETED: 'completed',
  TERMINATED: 'terminated',
};

function isSigned(party: LifecycleParty): boolean {
  return party.signedAt != null && party.signedAt !== '';
}

function statusRefusal(agreement: LifecycleAgreement, move: AgreementMove): MoveRefusal | null {
  const { status } = agreement;
  if (AGREEMENT_TRANSITIONS[move].from.includes(status)) return null;
  const params = { status };
  if (FINAL_AGREEMENT_STATUSES.includes(status)) {
    return refuse(
      'status',
      'AGREEMENT_CLOSED',
      `This agreement is ${STATUS_WORDS[status]}, so it can no longer be changed.`,
      params,
    );
  }
  switch (move) {
    case 'propose':
      return refuse(
        'status',
        'AGREEMENT_ALREADY_PROPOSED',
        `This agreement is already ${STATUS_WORDS[status]}; only a draft can be proposed.`,
        params,
      );
    case 'sign':
      return refuse(
        'status',
        'AGREEMENT_SIGN_AFTER_ACTIVE',
        'This agreement is already active; parties sign before it is activated.',
        params,
      );
    case 'activate':
      return status === 'DRAFT'
        ? refuse(
            'status',
            'AGREEMENT_NOT_PROPOSED',
            'An agreement must be proposed before it can be activated.',
            params,
          )
        : refuse('status', 'AGREEMENT_ALREADY_ACTIVE', 'This agreement is already active.', params);
    case 'complete':
      return refuse(
        'status',
        'AGREEMENT_NOT_ACTIVE',
        `Only an active agreement can be completed; this one is ${STATUS_WORDS[status]}.`,
        params,
      );
    case 'terminate':
      // Unreachable while terminate is allowed from every non-final status; kept so a change
      // to AGREEMENT_TRANSITIONS still gets a sentence instead of a crash.
      return refuse(
        'status',
        'AGREEMENT_CLOSED',
        `An agreement that is ${STATUS_WORDS[status]} cannot be terminated.`,
        params,
      );
  }
}

function sectorRefusal(agreement: LifecycleAgreement, action: string): MoveRefusal | null {
  const sectors = sectorsOf(agreement.parties);
  if (sectors.length >= 2) return null;
  const rule = `An agreement can only be ${action} when its parties come from at least two sectors`;
  const [only] = sectors;
  return only === undefined
    ? refuse('parties', 'AGREEMENT_NO_PARTIES', `${rule}; it has no parties yet.`)
    : refuse(
        'parties',
        'AGREEMENT_ONE_SECTOR',
        `${rule}; all of its parties are from the ${only.toLowerCase()} sector.`,
        {
          sector: only,
        },
      );
}

/** The rules about the agreement itself (parties, sectors, signatures), apart from arguments. */
function ruleRefusal(agreement: LifecycleAgreement, move: AgreementMove): MoveRefusal | null {
  const { parties } = agreement;
  if (move === 'propose') return sectorRefusal(agreement, 'proposed');
  if (move === 'activate') {
    if (parties.length < 2) {
      return refuse(
        'parties',
        'AGREEMENT_TOO_FEW_PARTIES',
        `An agreement can only be activated when it has at least two parties; it has ${parties.length}.`,
        { count: parties.length },
      );
    }
    // Parties may be edited while PROPOSED, so the proposal's two-sector rule is checked again.
    const sectors = sectorRefusal(agreement, 'activated');
    if (sectors) return sectors;
    const signed = parties.filter(isSigned).length;
    if (signed < parties.length) {
      return refuse(
        'parties',
        'AGREEMENT_UNSIGNED',
        `An agreement can only be activated when every party has signed; ${signed} of ${parties.length} have.`,
        { signed, total: parties.length },
      );
    }
  }
  return null;
}

function argumentRefusal(
  agreement: LifecycleAgreement,
  move: AgreementMove,
  args: MoveArgs,
): MoveRefusal | null {
  switch (move) {
    case 'sign': {
      if (!args.partyId)
        return refuse('partyId', 'AGREEMENT_PARTY_REQUIRED', 'Choose which party is signing.');
      const party = agreement.parties.find((p) => p.id === args.partyId);
      if (!party)
        return refuse(
          'partyId',
          'AGREEMENT_UNKNOWN_PARTY',
          'That party is not part of this agreement.',
        );
      if (isSigned(party)) {
        const date = (party.signedAt ?? '').slice(0, 10);
        return refuse(
          'partyId',
          'AGREEMENT_ALREADY_SIGNED',
          `This party already signed on ${date}.`,
          { date },
        );
      }
      return null;
    }
    case 'complete':
      return outcomeRefusal(agreement, args);
    case 'terminate': {
      const reason = args.reason?.trim() ?? '';
      if (reason === '')
        return refuse(
          'reason',
          'AGREEMENT_REASON_REQUIRED',
          'Give a reason for terminating the agreement.',
        );
      if (reason.length > MAX_TERMINATION_REASON_LENGTH) {
        return refuse(
          'reason',
          'AGREEMENT_REASON_TOO_LONG',
          `The reason can be at most ${MAX_TERMINATION_REASON_LENGTH} characters.`,
          { max: MAX_TERMINATION_REASON_LENGTH },
        );
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * Whether `move` may be made on `agreement` with `args` on the day `today` (ISO; without it
 * only the order of the dates is checked), and the status it leads to. A refusal names the
 * field at fault (`status`, `parties`, `partyId`, `outcome`, `employment`, `reason`,
 * `startDate` or `endDate`), the problem as a code with its values, and a sentence.
 */
export function checkMove(
  agreement: LifecycleAgreement,
  move: AgreementMove,
  args: MoveArgs = {},
  today?: string,
): MoveCheck {
  const refusal =
    statusRefusal(agreement, move) ??
    argumentRefusal(agreement, move, args) ??
    ruleRefusal(agreement, move) ??
    dateRefusal(agreement, move, today);
  if (refusal) return refusal;
  return { ok: true, nextStatus: AGREEMENT_TRANSITIONS[move].to ?? agreement.status };
}

/**
 * Every move with whether it is available now and, if not, why. Arguments are not known
 * yet (the user picks the outcome or types the reason after pressing the button), so a move
 * counts as available when some valid argument would make it succeed.
 */
export function allowedMoves(agreement: LifecycleAgreement, today?: string): MoveOption[] {
  return AGREEMENT_MOVES.map((move) => {
    let refusal =
      statusRefusal(agreement, move) ??
      ruleRefusal(agreement, move) ??
      dateRefusal(agreement, move, today);
    if (!refusal && move === 'sign') {
      if (agreement.parties.length === 0) {
        refusal = refuse(
          'parties',
          'AGREEMENT_NO_PARTIES_TO_SIGN',
          'This agreement has no parties to sign yet.',
        );
      } else if (agreement.parties.every(isSigned)) {
        refusal = refuse('parties', 'AGREEMENT_ALL_SIGNED', 'Every party has already signed.');
      }
    }
    return refusal
      ? {
          move,
          allowed: false,
          nextStatus: null,
          field: refusal.field,
          reason: refusal.reason,
          problem: refusal.problem,
          params: refusal.params,
        }
      : {
          move,
          allowed: true,
          nextStatus: AGREEMENT_TRANSITIONS[move].to ?? agreement.status,
          field: null,
          reason: null,
          problem: null,
          params: null,
        };
  });
}
