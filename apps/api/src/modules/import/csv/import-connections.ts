import { and, eq, or } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import { createConnectionSchema, validateInput } from '@brobygger/domain';
import { fieldProblem, type ReportBuilder, type RowProblem } from '../report';
import { connectionKindFromCell, findPersonId } from './lookups';

const t = schema.connections;
const COMPARED = ['strength', 'since', 'until', 'note'] as const;

function unknownPerson(cell: string | undefined): RowProblem {
  return { reason: `unknown person "${cell ?? ''}"`, problem: 'UNKNOWN_PERSON', params: { value: cell ?? '' } };
}

/**
 * One row of a connections file: both people found by id or e-mail, validated by the same
 * schema as createConnection; a tie of the same kind between the same two people (either
 * order) is updated, never duplicated.
 */
export async function importConnectionRow(
  db: Db,
  line: number,
  values: Record<string, string>,
  report: ReportBuilder,
  write: boolean,
  now: string,
): Promise<void> {
  const key = `${values.personA ?? '?'} – ${values.personB ?? '?'}`;
  const personAId = values.personA ? await findPersonId(db, values.personA) : null;
  if (!personAId) return report.reject({ line, key, ...unknownPerson(values.personA) });
  const personBId = values.personB ? await findPersonId(db, values.personB) : null;
  if (!personBId) return report.reject({ line, key, ...unknownPerson(values.personB) });
  const kind = connectionKindFromCell(values.kind) ?? '';
  const strength = values.strength === undefined ? undefined : Number(values.strength);
  const result = validateInput(createConnectionSchema, {
    personAId,
    personBId,
    kind,
    ...(strength === undefined ? {} : { strength }),
    since: values.since ?? null,
    until: values.until ?? null,
    note: values.note ?? null,
  });
  if (!result.ok) return report.reject({ line, key, ...fieldProblem(result) });
  const tie = result.value;
  const [existing] = await db
    .select()
    .from(t)
    .where(
      and(
        eq(t.kind, tie.kind),
        or(
          and(eq(t.personAId, personAId), eq(t.personBId, personBId)),
          and(eq(t.personAId, personBId), eq(t.personBId, personAId)),
        ),
      ),
    )
    .limit(1);
  const fields = { strength: tie.strength, since: tie.since ?? null, until: tie.until ?? null, note: tie.note ?? null };
  if (!existing) {
    report.change({ line, key, name: tie.kind, action: 'create', fields: [] });
    if (write) await db.insert(t).values({ id: newId('connection'), personAId, personBId, kind: tie.kind, ...fields, createdAt: now, updatedAt: now });
    return;
  }
  const changed = COMPARED.filter((field) => fields[field] !== null && fields[field] !== existing[field]);
  if (changed.length === 0) return report.unchanged();
  report.change({ line, key, name: tie.kind, action: 'update', fields: [...changed] });
  if (write) {
    const set = Object.fromEntries(changed.map((field) => [field, fields[field]]));
    await db.update(t).set({ ...set, updatedAt: now }).where(eq(t.id, existing.id));
  }
}
