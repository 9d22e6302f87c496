import { activeDialect } from '../dialect';
import * as postgresTables from './postgres';
import * as sqliteTables from './tables';

/**
 * The tables of the dialect this process runs on. One process serves one database (see
 * dialect.ts), so the services import these and build the same queries on either.
 */
const active: typeof sqliteTables =
  activeDialect === 'postgres' ? { ...sqliteTables, ...postgresTables } : sqliteTables;

export const {
  organizations,
  people,
  participantProfiles,
  participantStatusChanges,
  talents,
  goals,
  dreams,
  planSteps,
  wishedIndustries,
  networks,
  networkMembers,
  connections,
  agreements,
  agreementParties,
  opportunities,
  opportunityTalents,
  introductions,
  shortlistEntries,
  users,
  sessions,
  loginAttempts,
  auditEvents,
  meta,
  graphVersions,
} = active;

export type {
  OrganizationRow,
  NewOrganizationRow,
  PersonRow,
  NewPersonRow,
  ParticipantProfileRow,
  ParticipantStatusChangeRow,
  TalentRow,
  GoalRow,
  DreamRow,
  PlanStepRow,
  NetworkRow,
  NetworkMemberRow,
  ConnectionRow,
  AgreementRow,
  AgreementPartyRow,
  OpportunityRow,
  IntroductionRow,
  ShortlistEntryRow,
  UserRow,
  SessionRow,
  AuditEventRow,
} from './tables';
