export { organizations, type OrganizationRow, type NewOrganizationRow } from './organizations';
export { people, type PersonRow, type NewPersonRow } from './people';
export {
  participantProfiles,
  participantStatusChanges,
  talents,
  goals,
  dreams,
  planSteps,
  wishedIndustries,
  type ParticipantProfileRow,
  type ParticipantStatusChangeRow,
  type TalentRow,
  type GoalRow,
  type DreamRow,
  type PlanStepRow,
} from './participants';
export { networks, networkMembers, type NetworkRow, type NetworkMemberRow } from './networks';
export { connections, type ConnectionRow } from './connections';
export {
  agreements,
  agreementParties,
  type AgreementRow,
  type AgreementPartyRow,
} from './agreements';
export { opportunities, opportunityTalents, type OpportunityRow } from './opportunities';
export { introductions, type IntroductionRow } from './introductions';
export { shortlistEntries, type ShortlistEntryRow } from './shortlists';
export { users, sessions, loginAttempts, type UserRow, type SessionRow } from './accounts';
export { auditEvents, type AuditEventRow } from './audit';
export { meta, graphVersions } from './meta';
