import { eq } from 'drizzle-orm';
import type { Db } from './handle';
import { meta } from './schema/index';

/** A counter of the `meta` table (schema/meta.ts) as committed; 0 before its first bump. */
export async function readCounter(db: Db, key: 'data_version' | 'graph_version'): Promise<number> {
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
  return row?.value ?? 0;
}
