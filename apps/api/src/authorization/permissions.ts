import type { Role } from '@brobygger/domain';

/**
 * Which roles may call each root field: the one table the field guard enforces where each root
 * field resolves (field-guard.ts), and the one the generated authorization test walks. A root
 * field missing here is refused for everyone, so a new operation cannot slip out unguarded.
 * Row-level rules (an employer's own organisation, a participant's own profile, pseudonyms)
 * live in the services.
 */
export type Access = 'public' | readonly Role[];

/** The groups of roles the table and the services' second-line checks name. */
export const ALL: readonly Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'];
export const COORDINATOR: readonly Role[] = ['COORDINATOR'];
export const EMPLOYER: readonly Role[] = ['EMPLOYER'];
export const PARTICIPANT: readonly Role[] = ['PARTICIPANT'];
export const ADMIN: readonly Role[] = ['ADMIN'];
export const READERS: readonly Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'];
export const READERS_AND_PARTICIPANT: readonly Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT'];
export const COORDINATOR_OR_RESEARCHER: readonly Role[] = ['COORDINATOR', 'RESEARCHER'];
export const COORDINATOR_OR_PARTICIPANT: readonly Role[] = ['COORDINATOR', 'PARTICIPANT'];
export const COORDINATOR_OR_EMPLOYER: readonly Role[] = ['COORDINATOR', 'EMPLOYER'];
export const COORDINATOR_EMPLOYER_OR_PARTICIPANT: readonly Role[] = ['COORDINATOR', 'EMPLOYER', 'PARTICIPANT'];

export const QUERY_ACCESS: Record<string, Access> = {
  apiVersion: 'public',
  viewer: ALL,
  users: ADMIN,
  accountLinkTargets: ADMIN,
  auditEvents: ADMIN,
  organizations: READERS,
  organization: READERS,
  people: COORDINATOR_OR_RESEARCHER,
  person: READERS_AND_PARTICIPANT,
  networks: READERS,
  network: READERS,
  connections: COORDINATOR_OR_RESEARCHER,
  agreements: READERS_AND_PARTICIPANT,
  agreement: READERS_AND_PARTICIPANT,
  opportunities: READERS,
  opportunity: READERS,
  candidates: COORDINATOR_OR_EMPLOYER,
  shortlist: COORDINATOR_OR_EMPLOYER,
  introductionTerms: COORDINATOR_OR_EMPLOYER,
  introductions: COORDINATOR_EMPLOYER_OR_PARTICIPANT,
  introduction: COORDINATOR_EMPLOYER_OR_PARTICIPANT,
  // Employers' "got the job" reports are coordinator work: confirming one writes the journey (DESIGN.md).
  jobReports: COORDINATOR,
  graph: READERS,
  compactGraph: READERS,
  // Outcome figures (participants in paid work) are for coordinators and researchers, not employers.
  graphStats: COORDINATOR_OR_RESEARCHER,
  bridgePath: READERS,
  suggestedBridges: COORDINATOR_OR_PARTICIPANT,
  exportGraph: READERS,
  eiOverTime: COORDINATOR_OR_RESEARCHER,
  outcomeStats: COORDINATOR_OR_RESEARCHER,
  agreementStats: COORDINATOR_OR_RESEARCHER,
};

export const MUTATION_ACCESS: Record<string, Access> = {
  login: 'public',
  logout: ALL,
  createUser: ADMIN,
  updateUser: ADMIN,
  createOrganization: COORDINATOR,
  updateOrganization: COORDINATOR,
  deleteOrganization: COORDINATOR,
  archiveOrganization: COORDINATOR,
  restoreOrganization: COORDINATOR,
  createPerson: COORDINATOR,
  updatePerson: COORDINATOR,
  deletePerson: COORDINATOR,
  // Coordinators archive participants too; erasing one stays the participant's own act (eraseMe).
  archivePerson: COORDINATOR,
  restorePerson: COORDINATOR,
  updateParticipantProfile: COORDINATOR_OR_PARTICIPANT,
  recordStatusChange: COORDINATOR,
  updateConsent: COORDINATOR_OR_PARTICIPANT,
  addTalent: COORDINATOR_OR_PARTICIPANT,
  updateTalent: COORDINATOR_OR_PARTICIPANT,
  deleteTalent: COORDINATOR_OR_PARTICIPANT,
  // The participant keeps their own lists in order too; the service checks the profile is theirs.
  reorderTalents: COORDINATOR_OR_PARTICIPANT,
  addDream: COORDINATOR_OR_PARTICIPANT,
  updateDream: COORDINATOR_OR_PARTICIPANT,
  deleteDream: COORDINATOR_OR_PARTICIPANT,
  reorderDreams: COORDINATOR_OR_PARTICIPANT,
  addGoal: COORDINATOR_OR_PARTICIPANT,
  updateGoal: COORDINATOR_OR_PARTICIPANT,
  deleteGoal: COORDINATOR_OR_PARTICIPANT,
  reorderGoals: COORDINATOR_OR_PARTICIPANT,
  addPlanStep: COORDINATOR_OR_PARTICIPANT,
  updatePlanStep: COORDINATOR_OR_PARTICIPANT,
  deletePlanStep: COORDINATOR_OR_PARTICIPANT,
  reorderPlanSteps: COORDINATOR_OR_PARTICIPANT,
  exportMyData: PARTICIPANT,
  eraseMe: PARTICIPANT,
  createNetwork: COORDINATOR,
  updateNetwork: COORDINATOR,
  deleteNetwork: COORDINATOR,
  archiveNetwork: COORDINATOR,
  restoreNetwork: COORDINATOR,
  addNetworkMember: COORDINATOR,
  updateNetworkMember: COORDINATOR,
  removeNetworkMember: COORDINATOR,
  createConnection: COORDINATOR,
  updateConnection: COORDINATOR,
  deleteConnection: COORDINATOR,
  createAgreement: COORDINATOR,
  updateAgreement: COORDINATOR,
  deleteAgreement: COORDINATOR,
  addAgreementParty: COORDINATOR,
  removeAgreementParty: COORDINATOR,
  updateAgreementParty: COORDINATOR,
  proposeAgreement: COORDINATOR,
  signAgreement: COORDINATOR_OR_EMPLOYER,
  activateAgreement: COORDINATOR,
  completeAgreement: COORDINATOR,
  terminateAgreement: COORDINATOR,
  createOpportunity: COORDINATOR_OR_EMPLOYER,
  updateOpportunity: COORDINATOR_OR_EMPLOYER,
  deleteOpportunity: COORDINATOR_OR_EMPLOYER,
  // Archived openings are hidden from employers, so only coordinators archive and restore them.
  archiveOpportunity: COORDINATOR,
  restoreOpportunity: COORDINATOR,
  acceptIntroductionTerms: EMPLOYER,
  requestIntroduction: EMPLOYER,
  answerIntroduction: COORDINATOR_OR_PARTICIPANT,
  withdrawIntroduction: COORDINATOR_OR_PARTICIPANT,
  draftAgreementFromIntroduction: COORDINATOR_OR_EMPLOYER,
  rateCandidate: COORDINATOR_OR_EMPLOYER,
  removeFromShortlist: COORDINATOR_OR_EMPLOYER,
  confirmJobReport: COORDINATOR,
  dismissJobReport: COORDINATOR,
};

/** The table's rule for a root field, or undefined when it has none (which the guard refuses). */
export function accessFor(operation: 'query' | 'mutation', field: string): Access | undefined {
  const table = operation === 'query' ? QUERY_ACCESS : MUTATION_ACCESS;
  return Object.hasOwn(table, field) ? table[field] : undefined;
}
