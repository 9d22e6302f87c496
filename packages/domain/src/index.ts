export {
  SECTORS,
  ORGANIZATION_KINDS,
  PARTICIPANT_STATUSES,
  PAID_WORK_STATUSES,
  BENEFIT_KINDS,
  TALENT_LEVELS,
  GOAL_STATUSES,
  NETWORK_KINDS,
  CONNECTION_KINDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  AGREEMENT_OUTCOMES,
  EMPLOYMENT_EXTENTS,
  PARTY_ROLES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  INTRODUCTION_STATUSES,
  SHORTLIST_RATINGS,
  JOB_REPORT_STATES,
  ROLES,
  GRAPH_NODE_KINDS,
  GRAPH_EDGE_KINDS,
  type Sector,
  type OrganizationKind,
  type ParticipantStatus,
  type BenefitKind,
  type TalentLevel,
  type GoalStatus,
  type NetworkKind,
  type ConnectionKind,
  type AgreementKind,
  type AgreementStatus,
  type AgreementOutcome,
  type EmploymentExtent,
  type PartyRole,
  type OpportunityKind,
  type OpportunityStatus,
  type IntroductionStatus,
  type ShortlistRating,
  type JobReportState,
  type Role,
  type GraphNodeKind,
  type GraphEdgeKind,
  STATUS_CHANGE_REASONS,
  RECORDABLE_STATUS_CHANGE_REASONS,
  type StatusChangeReason,
} from './enums';
export {
  explainOrgNumber,
  formatOrgNumber,
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberCheckDigit,
  type OrgNumberProblem,
} from './org-number';
export {
  DEFAULT_SECTOR_BY_KIND,
  defaultSectorForKind,
  distinctSectorCount,
  isCrossSector,
  isThreeSector,
  sectorsOf,
} from './sector';
export { isIsoDate, isOnOrAfter } from './iso-date';
export {
  AGREEMENT_MOVES,
  AGREEMENT_TRANSITIONS,
  FINAL_AGREEMENT_STATUSES,
  MAX_TERMINATION_REASON_LENGTH,
  allowedMoves,
  checkMove,
  type AgreementMove,
  type LifecycleAgreement,
  type LifecycleParty,
  type MoveArgs,
  type MoveCheck,
  type MoveOption,
} from './agreement-lifecycle';
export { isAgreementOutcome, isEmploymentExtent, outcomeIsJob } from './agreement-outcome';
export {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  PERSON_AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from './audit-vocabulary';
export { NETWORK_ROLES, isNetworkRole, type NetworkRole } from './network-roles';
export {
  LIFECYCLE_PROBLEMS,
  LIFECYCLE_PROBLEM_PARAMS,
  type LifecycleProblem,
  type MoveRefusal,
  type ProblemParams,
} from './agreement-problems';
export {
  FULL_TIME_HOURS_PER_WEEK,
  HIRING_AGREEMENT_KINDS,
  isPaidWork,
  statusAfterAgreementOutcome,
  type AgreementOutcomeFacts,
} from './participant-journey';
export {
  CANDIDATE_CARD_FIELDS,
  SMALL_COUNT_THRESHOLD,
  suppressSmallCount,
  toCandidateCard,
  type CandidateCard,
  type CandidateCardField,
  type SuppressedCount,
} from './privacy';
export {
  MAX_EMAIL_LENGTH,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_TEXT_LENGTH,
  blankToNull,
  booleanField,
  dateField,
  emailField,
  enumField,
  hoursPerWeekField,
  idField,
  intField,
  municipalityNumberField,
  naceCodeField,
  nameField,
  orgNumberField,
  phoneField,
  postalCodeField,
  searchField,
  stringField,
  textField,
  untrimmedField,
  websiteField,
} from './validators/fields';
export { normalizeText, textProblem, type TextProblem } from './validators/text-hygiene';
export {
  VALIDATION_REASONS,
  issueReason,
  type IssueReason,
  type ValidationReason,
} from './validators/issue-reason';
export {
  ERROR_REGISTRY,
  isRegisteredReason,
  registeredReasons,
  type ErrorCode,
  type ErrorReason,
  type Problem,
  type ReasonParams,
} from './error-reasons';
export {
  toValidationError,
  validateInput,
  validationErrorMap,
  type ValidationError,
  type ValidationResult,
} from './validators/validation-error';
export {
  setValidationLanguage,
  validationLanguage,
  type ValidationLanguage,
} from './validators/messages';
export type { FieldLabel } from './validators/labels';
export {
  createOrganizationSchema,
  updateOrganizationSchema,
  type CreateOrganizationInput,
  type UpdateOrganizationInput,
} from './validators/organization';
export {
  createPersonSchema,
  updatePersonSchema,
  type CreatePersonInput,
  type UpdatePersonInput,
} from './validators/person';
export {
  MAX_TALENTS,
  MAX_WISHED_INDUSTRIES,
  createGoalSchema,
  MAX_PARTICIPANT_HOURS_PER_WEEK,
  MAX_REORDER_IDS,
  createDreamSchema,
  createParticipantProfileSchema,
  createPlanStepSchema,
  createStatusChangeSchema,
  createTalentSchema,
  participantHoursField,
  reorderSchema,
  statusChangeFormSchema,
  reasonFitsStatus,
  STATUSES_A_REASON_BEGINS,
  updateDreamSchema,
  updateConsentSchema,
  updateGoalSchema,
  updateParticipantProfileSchema,
  updatePlanStepSchema,
  updateTalentSchema,
  type CreateDreamInput,
  type CreateGoalInput,
  type CreateParticipantProfileInput,
  type CreatePlanStepInput,
  type CreateStatusChangeInput,
  type CreateTalentInput,
  type ReorderInput,
  type UpdateConsentInput,
  type UpdateDreamInput,
  type UpdateGoalInput,
  type UpdateParticipantProfileInput,
  type UpdatePlanStepInput,
  type UpdateTalentInput,
} from './validators/participant';
export {
  createNetworkMemberSchema,
  createNetworkSchema,
  updateNetworkMemberSchema,
  updateNetworkSchema,
  type CreateNetworkInput,
  type CreateNetworkMemberInput,
  type UpdateNetworkInput,
  type UpdateNetworkMemberInput,
} from './validators/network';
export {
  DEFAULT_CONNECTION_STRENGTH,
  createConnectionSchema,
  updateConnectionSchema,
  type CreateConnectionInput,
  type UpdateConnectionInput,
} from './validators/connection';
export {
  MAX_AGREEMENT_PARTIES,
  agreementPartySchema,
  createAgreementSchema,
  updateAgreementPartySchema,
  updateAgreementSchema,
  type AgreementPartyInput,
  type CreateAgreementInput,
  type UpdateAgreementInput,
  type UpdateAgreementPartyInput,
} from './validators/agreement';
export {
  MAX_OPPORTUNITY_TALENTS,
  createOpportunitySchema,
  updateOpportunitySchema,
  type CreateOpportunityInput,
  type UpdateOpportunityInput,
} from './validators/opportunity';
export {
  MAX_CANDIDATE_SEARCH_LENGTH,
  MAX_SEARCH_TALENTS,
  candidateFilterSchema,
  rateCandidateSchema,
  type CandidateFilterInput,
  type RateCandidateInput,
} from './validators/candidate';
export {
  MATCH_POINTS_HOURS_FIT,
  MATCH_POINTS_PER_TALENT,
  MATCH_POINTS_SAME_MUNICIPALITY,
  candidateMatch,
  hoursFit,
  type CandidateMatch,
  type CandidateMatchFacts,
} from './candidate-match';
export {
  INTRODUCTION_DEADLINE_DAYS,
  INTRODUCTION_REVEAL_MONTHS,
  effectiveIntroductionStatus,
  introductionDeadline,
  revealedUntil,
} from './introduction-rules';
export {
  MAX_INTRODUCTION_MESSAGE_LENGTH,
  createIntroductionSchema,
  type CreateIntroductionInput,
} from './validators/introduction';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password/password-length';
export { loginSchema, type LoginInput } from './validators/login';
export {
  MAX_SERIES_POINTS,
  STATISTICS_PERIODS,
  seriesDatesSchema,
  statisticsRangeSchema,
  type StatisticsPeriod,
  type StatisticsRangeInput,
} from './validators/statistics';
export {
  LABEL_LANGUAGES,
  VOCABULARY_LABELS,
  labelLanguage,
  labelOf,
  valueFromLabel,
  type LabelLanguage,
  type LabelVocabulary,
} from './labels';
export { placeNameCase } from './place-name';
export { COLUMN_LABELS, type ColumnName } from './column-labels';
