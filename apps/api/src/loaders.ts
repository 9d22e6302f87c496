import { schema, type Db } from '@brobygger/db';
import { rowsByKey, rowsGroupedBy } from './lib/loader-factories';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Per-request DataLoaders: one SQL statement per kind of lookup per tick, however many
 * resolvers ask. Built fresh for every request so no data outlives it.
 */
export function createLoaders(db: Db) {
  const s = schema;
  return {
    organization: rowsByKey(db, s.organizations, s.organizations.id, (r) => r.id),
    person: rowsByKey(db, s.people, s.people.id, (r) => r.id),
    network: rowsByKey(db, s.networks, s.networks.id, (r) => r.id),
    agreement: rowsByKey(db, s.agreements, s.agreements.id, (r) => r.id),
    opportunity: rowsByKey(db, s.opportunities, s.opportunities.id, (r) => r.id),
    user: rowsByKey(db, s.users, s.users.id, (r) => r.id),
    goal: rowsByKey(db, s.goals, s.goals.id, (r) => r.id),
    profile: rowsByKey(db, s.participantProfiles, s.participantProfiles.personId, (r) => r.personId),
    // The journey's lists come in the order the participant and coordinator gave them.
    talentsOfPerson: rowsGroupedBy(db, s.talents, s.talents.personId, (r) => r.personId, (a, b) =>
      a.position - b.position || byText(a.name, b.name),
    ),
    dreamsOfPerson: rowsGroupedBy(db, s.dreams, s.dreams.personId, (r) => r.personId, (a, b) =>
      a.position - b.position || byText(a.createdAt, b.createdAt),
    ),
    goalsOfPerson: rowsGroupedBy(db, s.goals, s.goals.personId, (r) => r.personId, (a, b) =>
      a.position - b.position || byText(a.targetDate ?? '9999', b.targetDate ?? '9999'),
    ),
    planStepsOfPerson: rowsGroupedBy(
      db,
      s.planSteps,
      s.planSteps.personId,
      (r) => r.personId,
      (a, b) => a.position - b.position || byText(a.dueDate ?? '9999', b.dueDate ?? '9999'),
    ),
    statusChangesOfPerson: rowsGroupedBy(
      db,
      s.participantStatusChanges,
      s.participantStatusChanges.personId,
      (r) => r.personId,
      (a, b) => byText(a.changedOn, b.changedOn) || byText(a.createdAt, b.createdAt),
    ),
    wishedIndustriesOfPerson: rowsGroupedBy(
      db,
      s.wishedIndustries,
      s.wishedIndustries.personId,
      (r) => r.personId,
    ),
    connectionsAsA: rowsGroupedBy(db, s.connections, s.connections.personAId, (r) => r.personAId),
    connectionsAsB: rowsGroupedBy(db, s.connections, s.connections.personBId, (r) => r.personBId),
    membersOfNetwork: rowsGroupedBy(db, s.networkMembers, s.networkMembers.networkId, (r) => r.networkId),
    membershipsOfPerson: rowsGroupedBy(db, s.networkMembers, s.networkMembers.personId, (r) => r.personId),
    membershipsOfOrganization: rowsGroupedBy(
      db,
      s.networkMembers,
      s.networkMembers.organizationId,
      (r) => r.organizationId,
    ),
    partiesOfAgreement: rowsGroupedBy(
      db,
      s.agreementParties,
      s.agreementParties.agreementId,
      (r) => r.agreementId,
    ),
    partiesAsPerson: rowsGroupedBy(db, s.agreementParties, s.agreementParties.personId, (r) => r.personId),
    partiesAsOrganization: rowsGroupedBy(
      db,
      s.agreementParties,
      s.agreementParties.organizationId,
      (r) => r.organizationId,
    ),
    opportunitiesOfOrganization: rowsGroupedBy(
      db,
      s.opportunities,
      s.opportunities.organizationId,
      (r) => r.organizationId,
      (a, b) => byText(a.title, b.title),
    ),
    /** Introductions addressed to a participant; the privacy rules look for ACCEPTED ones. */
    introductionsOfParticipant: rowsGroupedBy(
      db,
      s.introductions,
      s.introductions.participantId,
      (r) => r.participantId,
    ),
    talentsOfOpportunity: rowsGroupedBy(
      db,
      s.opportunityTalents,
      s.opportunityTalents.opportunityId,
      (r) => r.opportunityId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
