import { loadEnv } from '../../env';
import { makePseudonyms } from '../../privacy/pseudonyms';
import type { GraphQLTestClient, TestApi } from '../../testing/index';
import { createOrg, createParticipant } from '../person/test-fixtures';

/** Helpers the candidate, shortlist and introduction tests share. */

const pseudonyms = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET);

export const CANDIDATES = `query($filter: CandidateFilter, $rankFor: ID, $first: Int, $after: String) {
  candidates(filter: $filter, rankFor: $rankFor, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id pseudonym status municipalityNumber hoursPerWeek talents { name level } goals { text status } wishedIndustries
            match { score talentsMatched talentsWanted sameMunicipality hoursFit reason } } } }`;

export const REQUEST = `mutation($input: RequestIntroductionInput!) { requestIntroduction(input: $input) {
  id status deadline message candidate { id } participant { id name } organization { id } opportunity { id } } }`;

export const ANSWER = `mutation($id: ID!, $accept: Boolean!) { answerIntroduction(id: $id, accept: $accept) {
  id status answeredAt answeredOnBehalf revealedUntil } }`;

export const INTRODUCTION = `query($id: ID!) { introduction(id: $id) {
  id status message revealedUntil answeredOnBehalf candidate { id talents { name } } participant { id name email phone }
  organization { id name } opportunity { id title } agreement { id } } }`;

export const PERSON = `query($id: ID!) { person(id: $id) { id name email } }`;

export const ACCEPT_TERMS = `mutation { acceptIntroductionTerms { acceptedAt } }`;

/**
 * A participant visible to employers, with a goal; returns the person id and the card id the
 * employers of `organizationId` see.
 */
export async function visibleCandidate(
  organizationId: string,
  coordinator: GraphQLTestClient,
  name: string,
  profile: Record<string, unknown> = {},
  goal?: string,
): Promise<{ personId: string; cardId: string }> {
  const personId = await createParticipant(coordinator, name, { visibleToEmployers: true, ...profile });
  if (goal) {
    await coordinator.data(`mutation($p: ID!, $t: String!) { addGoal(personId: $p, input: { text: $t }) { id } }`, { p: personId, t: goal });
  }
  return { personId, cardId: cardIdOf(personId, organizationId) };
}

/** The card id of a participant as one employer organisation sees it, under the test server's key. */
export function cardIdOf(personId: string, organizationId: string): string {
  return pseudonyms.cards(organizationId)(personId);
}

/** An employer of a fresh organisation who has accepted the terms. */
export async function employerOf(api: TestApi, coordinator: GraphQLTestClient, name: string) {
  const organizationId = await createOrg(coordinator, { name });
  const client = await api.as('EMPLOYER', { organizationId });
  await client.data(ACCEPT_TERMS);
  return { organizationId, client };
}
