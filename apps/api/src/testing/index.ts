export { RAISED_LIMITS, startTestApi, TEST_PASSWORD, type TestApi } from './test-api';
export { GraphQLTestClient, type GraphQLResponse } from './graphql-client';
