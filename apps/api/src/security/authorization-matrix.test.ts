import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { accessFor } from '../authorization/permissions';

/**
 * The authorization matrix: for every query and mutation of the schema, the roles that may
 * call it. Written here by hand, independently of authorization/permissions.ts, so the test
 * checks the table the server enforces against what the product promises; an operation of the
 * schema with no row here fails the test. authorization-shapes.test.ts then checks, over HTTP
 * and in every document shape, that the server does what the table says.
 */
const C: Role = 'COORDINATOR';
const E: Role = 'EMPLOYER';
const R: Role = 'RESEARCHER';
const P: Role = 'PARTICIPANT';
const A: Role = 'ADMIN';
const EVERYONE = [C, E, R, P, A];

const MATRIX: Record<string, Role[] | 'public'> = {
  'query apiVersion': 'public',
  'query viewer': EVERYONE,
  'query users': [A],
  'query accountLinkTargets': [A],
  'query auditEvents': [A],
  'query organizations': [C, E, R],
  'query organization': [C, E, R],
  'query people': [C, R],
  'query person': [C, E, R, P],
  'query networks': [C, E, R],
  'query network': [C, E, R],
  'query connections': [C, R],
  'query agreements': [C, E, R, P],
  'query agreement': [C, E, R, P],
  'query opportunities': [C, E, R],
  'query opportunity': [C, E, R],
  'query graph': [C, E, R],
  'query compactGraph': [C, E, R],
  'query graphStats': [C, R],
  'query bridgePath': [C, E, R],
  'query suggestedBridges': [C, P],
  'query exportGraph': [C, E, R],
  'query candidates': [C, E],
  'query shortlist': [C, E],
  'query introductionTerms': [C, E],
  'query introductions': [C, E, P],
  'query introduction': [C, E, P],
  'query jobReports': [C],
  'query eiOverTime': [C, R],
  'query outcomeStats': [C, R],
  'query agreementStats': [C, R],
  'mutation login': 'public',
  'mutation logout': EVERYONE,
  'mutation createUser': [A],
  'mutation updateUser': [A],
  'mutation createOrganization': [C],
  'mutation updateOrganization': [C],
  'mutation deleteOrganization': [C],
  'mutation archiveOrganization': [C],
  'mutation restoreOrganization': [C],
  'mutation createPerson': [C],
  'mutation updatePerson': [C],
  'mutation deletePerson': [C],
  'mutation archivePerson': [C],
  'mutation restorePerson': [C],
  'mutation updateParticipantProfile': [C, P],
  'mutation recordStatusChange': [C],
  'mutation updateConsent': [C, P],
  'mutation addTalent': [C, P],
  'mutation updateTalent': [C, P],
  'mutation deleteTalent': [C, P],
  'mutation reorderTalents': [C, P],
  'mutation addDream': [C, P],
  'mutation updateDream': [C, P],
  'mutation deleteDream': [C, P],
  'mutation reorderDreams': [C, P],
  'mutation addGoal': [C, P],
  'mutation updateGoal': [C, P],
  'mutation deleteGoal': [C, P],
  'mutation reorderGoals': [C, P],
  'mutation addPlanStep': [C, P],
  'mutation updatePlanStep': [C, P],
  'mutation deletePlanStep': [C, P],
  'mutation reorderPlanSteps': [C, P],
  'mutation exportMyData': [P],
  'mutation eraseMe': [P],
  'mutation createNetwork': [C],
  'mutation updateNetwork': [C],
  'mutation deleteNetwork': [C],
  'mutation archiveNetwork': [C],
  'mutation restoreNetwork': [C],
  'mutation addNetworkMember': [C],
  'mutation updateNetworkMember': [C],
  'mutation removeNetworkMember': [C],
  'mutation createConnection': [C],
  'mutation updateConnection': [C],
  'mutation deleteConnection': [C],
  'mutation createAgreement': [C],
  'mutation updateAgreement': [C],
  'mutation deleteAgreement': [C],
  'mutation addAgreementParty': [C],
  'mutation removeAgreementParty': [C],
  'mutation updateAgreementParty': [C],
  'mutation proposeAgreement': [C],
  'mutation signAgreement': [C, E],
  'mutation activateAgreement': [C],
  'mutation completeAgreement': [C],
  'mutation terminateAgreement': [C],
  'mutation createOpportunity': [C, E],
  'mutation updateOpportunity': [C, E],
  'mutation deleteOpportunity': [C, E],
  'mutation archiveOpportunity': [C],
  'mutation restoreOpportunity': [C],
  'mutation acceptIntroductionTerms': [E],
  'mutation requestIntroduction': [E],
  'mutation answerIntroduction': [C, P],
  'mutation withdrawIntroduction': [C, P],
  'mutation draftAgreementFromIntroduction': [C, E],
  'mutation rateCandidate': [C, E],
  'mutation removeFromShortlist': [C, E],
  'mutation confirmJobReport': [C],
  'mutation dismissJobReport': [C],
};

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'));
const operations = (['query', 'mutation'] as const).flatMap((kind) => {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ key: `${kind} ${field.name}`, kind, field }));
});

describe('authorization matrix', () => {
  it('has a row for every operation of the schema, and none for operations that do not exist', () => {
    const keys = operations.map((op) => op.key).sort();
    expect(keys.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('is what the permission table the server enforces says, operation by operation', () => {
    const table = Object.fromEntries(
      operations.map(({ key, kind, field }) => {
        const access = accessFor(kind, field.name);
        return [key, access === 'public' || access === undefined ? access : [...access].sort()];
      }),
    );
    const promised = Object.fromEntries(
      Object.entries(MATRIX).map(([key, access]) => [key, access === 'public' ? access : [...access].sort()]),
    );
    expect(table).toEqual(promised);
  });
});
