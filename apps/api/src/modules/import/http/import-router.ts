import { Router } from 'express';
import type { DbHandle } from '@brobygger/db';
import { brregEndpoint } from './brreg-endpoint';
import { csvEndpoint } from './csv-endpoint';

/**
 * The upload endpoints, mounted at /import by server.ts. They take a file as the request
 * body (not a GraphQL document, whose body is limited to MAX_BODY_BYTES) and answer with
 * streamed progress and the report; see the README, "Importing from the business register".
 */
export function importRouter(handle: DbHandle, clock: () => Date = () => new Date()): Router {
  const router = Router();
  router.post('/brreg', brregEndpoint(handle, clock));
  router.post('/people', csvEndpoint(handle, clock, 'people'));
  router.post('/connections', csvEndpoint(handle, clock, 'connections'));
  return router;
}
