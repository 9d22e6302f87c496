import { AGREEMENT_MOVES } from './agreement-lifecycle';

/**
 * What the audit log records (`AuditEvent.action`): reads, changes, logins, exports and the
 * moves of each workflow. The API writes only these; the web words each in nb and en
 * (`auditAction.<action>`), and a test fails when one has no words.
 */
export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'archive',
  'restore',
  'erase',
  'export',
  'import',
  'login',
  'login-failed',
  'login-locked',
  'account-linked',
  'account-unlinked',
  'account-password-reset',
  'status-change',
  'accept-terms',
  'request',
  'accept',
  'decline',
  'withdraw',
  'confirm',
  'dismiss',
  'add-party',
  'remove-party',
  'update-party',
  'replace-parties',
  ...AGREEMENT_MOVES,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The kinds of record an audit event is about (`AuditEvent.entityType`); the web words each
 * (`auditEntity.<type>`). `…Order` is the order of a participant's list, kept on the person.
 */
export const AUDIT_ENTITY_TYPES = [
  'Agreement',
  'Connection',
  'Consent',
  'Dream',
  'DreamOrder',
  'Goal',
  'GoalOrder',
  'Introduction',
  'JobReport',
  'Network',
  'NetworkMember',
  'Opportunity',
  'Organization',
  'ParticipantProfile',
  'Person',
  'PlanStep',
  'PlanStepOrder',
  'ShortlistEntry',
  'StatusChange',
  'Talent',
  'TalentOrder',
  'User',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The entity types whose id is a person's: the event is about that person. */
export const PERSON_AUDIT_ENTITY_TYPES: readonly AuditEntityType[] = [
  'Person',
  'ParticipantProfile',
  'Consent',
  'DreamOrder',
  'GoalOrder',
  'PlanStepOrder',
  'TalentOrder',
];
