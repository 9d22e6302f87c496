import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers';
import { DateScalar, DateTimeScalar, JSONScalar } from './lib/scalars';
import { accountResolvers } from './modules/account/resolvers/index';
import { agreementResolvers } from './modules/agreement/resolvers/index';
import { auditResolvers } from './modules/audit/resolvers/index';
import { commonResolvers } from './modules/common/resolvers';
import { connectionResolvers } from './modules/connection/resolvers/index';
import { graphResolvers } from './modules/graph/resolvers/index';
import { introductionResolvers } from './modules/introduction/resolvers/index';
import { networkResolvers } from './modules/network/resolvers/index';
import { opportunityResolvers } from './modules/opportunity/resolvers/index';
import { organizationResolvers } from './modules/organization/resolvers/index';
import { participantResolvers } from './modules/participant/resolvers/index';
import { personResolvers } from './modules/person/resolvers/index';
import { statisticsResolvers } from './modules/statistics/resolvers/index';

const modulesDir = fileURLToPath(new URL('./modules', import.meta.url));

/** The SDL of every module, in a stable order (common first: it declares Query and Mutation). */
export function loadTypeDefs(): string[] {
  const names = readdirSync(modulesDir).sort((a, b) =>
    a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b),
  );
  return names
    .map((name) => join(modulesDir, name, 'schema.graphql'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  const resolvers: Resolvers = mergeResolvers([
    { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
    commonResolvers,
    accountResolvers,
    auditResolvers,
    organizationResolvers,
    personResolvers,
    participantResolvers,
    networkResolvers,
    connectionResolvers,
    agreementResolvers,
    opportunityResolvers,
    introductionResolvers,
    graphResolvers,
    statisticsResolvers,
  ]);
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
