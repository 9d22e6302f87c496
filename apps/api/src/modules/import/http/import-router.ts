import { Router } from 'express';
import type { DbHandle } from '@brobygger/db';
import type { UnpackLimits } from '../brreg/read-register';
import { brregEndpoint } from './brreg-endpoint';
import { exportEndpoint } from '../export/export-endpoint';
import { csvEndpoint } from './csv-endpoint';

/**
 * The file endpoints, mounted by server.ts. The uploads take a file as the request body (not
 * a GraphQL document, whose body is limited to MAX_BODY_BYTES) and answer with streamed
 * progress and the report; the exports stream CSV. See the README, "Importing from the
 * business register".
 */
export function importRouter(handle: DbHandle, clock: () => Date = () => new Date(), unpackLimits?: UnpackLimits): Router {
  const router = Router();
  router.post('/import/brreg', brregEndpoint(handle, clock, unpackLimits));
  router.post('/import/people', csvEndpoint(handle, clock, 'people'));
  router.post('/import/connections', csvEndpoint(handle, clock, 'connections'));
  router.get('/export/:list.csv', exportEndpoint(handle, clock));
  return router;
}
