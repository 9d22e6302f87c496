/**
 * The closed vocabularies of the domain. The GraphQL enums, the database's text columns and
 * the web app's selects are all checked against these lists.
 */

/** The three sectors of the bridge-builder model. */
export const SECTORS = ['BUSINESS', 'PUBLIC', 'CIVIL'] as const;
export type Sector = (typeof SECTORS)[number];

/** What sort of organisation this is; each kind implies a usual sector (see sector.ts). */
export const ORGANIZATION_KINDS = [
  'COMPANY',
  'NAV_OFFICE',
  'MUNICIPALITY',
  'COUNTY',
  'STATE_AGENCY',
  'SCHOOL',
  'HEALTH_SERVICE',
  'SOCIAL_ENTERPRISE',
  'NGO',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A participant's status on the path to work, in the order the path is usually walked. */
export const PARTICIPANT_STATUSES = [
  'OUTSIDE_WORK',
  'IN_ACTIVITY',
  'WORK_TRIAL',
  'EDUCATION',
  'EMPLOYED_PART_TIME',
  'EMPLOYED_FULL_TIME',
] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Statuses that count as paid work in outcome statistics. */
export const PAID_WORK_STATUSES: readonly ParticipantStatus[] = [
  'EMPLOYED_PART_TIME',
  'EMPLOYED_FULL_TIME',
];

/** The benefit a participant lives on today; never a diagnosis. */
export const BENEFIT_KINDS = [
  'NONE',
  'SICK_PAY',
  'WORK_ASSESSMENT_ALLOWANCE',
  'DISABILITY_BENEFIT',
  'UNEMPLOYMENT_BENEFIT',
  'SOCIAL_ASSISTANCE',
  'QUALIFICATION_PROGRAMME',
  'OTHER',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const TALENT_LEVELS = ['BASIC', 'SKILLED', 'EXPERT'] as const;
export type TalentLevel = (typeof TALENT_LEVELS)[number];

export const GOAL_STATUSES = ['OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * Why a participant's status changed, from a fixed list so the history can be read and
 * counted without free text (and so no one is tempted to write a diagnosis as the reason):
 * - STARTED_ACTIVITY: started an activity (a course, a group, a practice place)
 * - STARTED_WORK_TRIAL: a work trial (arbeidstrening, arbeidsutprøving) started
 * - STARTED_EDUCATION: started an education
 * - HIRED: got a job
 * - HOURS_CHANGED: more or fewer hours of work or activity
 * - COMPLETED: an activity, trial or education ended as planned
 * - ENDED_EARLY: an activity, trial, education or job ended before its time
 * - PAUSED: a break from the path to work, for any reason (the reason itself is not recorded)
 * - AGREEMENT_OUTCOME: an agreement's outcome moved the participant
 * - PROFILE_CREATED: the first status, recorded when the profile was made
 * - CORRECTION: corrects an earlier record
 * - OTHER: none of these
 */
export const STATUS_CHANGE_REASONS = [
  'STARTED_ACTIVITY',
  'STARTED_WORK_TRIAL',
  'STARTED_EDUCATION',
  'HIRED',
  'HOURS_CHANGED',
  'COMPLETED',
  'ENDED_EARLY',
  'PAUSED',
  'AGREEMENT_OUTCOME',
  'PROFILE_CREATED',
  'CORRECTION',
  'OTHER',
] as const;
export type StatusChangeReason = (typeof STATUS_CHANGE_REASONS)[number];

/** The reasons a person picks when recording a change; the others are written by the system. */
export const RECORDABLE_STATUS_CHANGE_REASONS = [
  'STARTED_ACTIVITY',
  'STARTED_WORK_TRIAL',
  'STARTED_EDUCATION',
  'HIRED',
  'HOURS_CHANGED',
  'COMPLETED',
  'ENDED_EARLY',
  'PAUSED',
  'CORRECTION',
  'OTHER',
] as const satisfies readonly StatusChangeReason[];

export const NETWORK_KINDS = ['BUSINESS_FORUM', 'PROJECT', 'PARTNERSHIP', 'PEER_GROUP', 'OTHER'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const CONNECTION_KINDS = ['MENTOR', 'CASEWORKER', 'COLLEAGUE', 'CONTACT', 'REFERENCE'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const AGREEMENT_KINDS = [
  'WORK_TRIAL',
  'EMPLOYMENT',
  'MENTORSHIP',
  'INTERNSHIP',
  'TRAINING',
  'PARTNERSHIP',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['DRAFT', 'PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_OUTCOMES = ['HIRED', 'EXTENDED', 'EDUCATION', 'ENDED'] as const;
export type AgreementOutcome = (typeof AGREEMENT_OUTCOMES)[number];

/** Whether a job an agreement ends in is full or part time (the participant's new status). */
export const EMPLOYMENT_EXTENTS = ['FULL_TIME', 'PART_TIME'] as const;
export type EmploymentExtent = (typeof EMPLOYMENT_EXTENTS)[number];

export const PARTY_ROLES = ['PARTICIPANT', 'EMPLOYER', 'PUBLIC_PARTNER', 'COORDINATOR', 'MENTOR'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const OPPORTUNITY_KINDS = ['JOB', 'WORK_TRIAL', 'INTERNSHIP', 'MENTORSHIP'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ['OPEN', 'FILLED', 'CLOSED'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const INTRODUCTION_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** An employer's rating of a candidate on an opening's shortlist. */
export const SHORTLIST_RATINGS = ['TO_CONSIDER', 'RELEVANT', 'NOT_RELEVANT', 'GOT_THE_JOB'] as const;
export type ShortlistRating = (typeof SHORTLIST_RATINGS)[number];

/** Where an employer's "got the job" report stands: a coordinator confirms it on the journey or dismisses it. */
export const JOB_REPORT_STATES = ['PENDING', 'CONFIRMED', 'DISMISSED'] as const;
export type JobReportState = (typeof JOB_REPORT_STATES)[number];

export const ROLES = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Node and edge kinds of the collaboration graph (DESIGN.md, "The graph"). */
export const GRAPH_NODE_KINDS = ['PERSON', 'PARTICIPANT', 'ORGANIZATION', 'NETWORK'] as const;
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];

export const GRAPH_EDGE_KINDS = ['AFFILIATION', 'CONNECTION', 'MEMBERSHIP', 'AGREEMENT'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];
