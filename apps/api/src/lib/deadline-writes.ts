import type { DbHandle } from '@brobygger/db';
import { throwIfPastDeadline } from './deadline';

/**
 * The request's database handle, whose data writes keep to the request's deadline: a write
 * that starts, or ends its work, after the deadline has fired rolls back, so a mutation answered
 * REQUEST_TIMEOUT changes nothing — also when it waited in the write queue (or, on PostgreSQL,
 * for another instance's write) past the deadline. Bookkeeping writes (a login finishing its
 * session) are not data and are kept.
 */
export function writesWithinDeadline(handle: DbHandle, signal: AbortSignal): DbHandle {
  const transaction: DbHandle['transaction'] = (work, options) =>
    options?.changesData === false
      ? handle.transaction(work, options)
      : handle.transaction(async (tx) => {
          throwIfPastDeadline(signal);
          const result = await work(tx);
          throwIfPastDeadline(signal);
          return result;
        }, options);
  // Everything else is the handle's own (caches key on its `db`, which is shared).
  return Object.assign(Object.create(handle) as DbHandle, { transaction });
}
