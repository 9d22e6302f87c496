import { and, eq, isNull } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import { createPersonSchema, validateInput } from '@brobygger/domain';
import { fieldProblem, type ReportBuilder } from '../report';
import { findOrganizationId, sectorFromCell } from './lookups';

const t = schema.people;
const COMPARED = ['name', 'sector', 'email', 'phone', 'title', 'organizationId', 'since'] as const;

/**
 * One row of a people file: validated by the same schema as createPerson, then matched to an
 * existing person by e-mail (or, without one, by name and organisation) so that importing a
 * file twice never duplicates anyone. Participant profiles are not made by import: they need
 * the participant's own consent choices.
 */
export async function importPersonRow(
  db: Db,
  line: number,
  values: Record<string, string>,
  report: ReportBuilder,
  write: boolean,
  now: string,
): Promise<void> {
  const key = values.name ?? values.email ?? null;
  let organizationId: string | null = null;
  if (values.organization) {
    organizationId = await findOrganizationId(db, values.organization);
    if (!organizationId) {
      return report.reject({
        line,
        key,
        reason: `unknown organisation "${values.organization}"`,
        problem: 'UNKNOWN_ORGANIZATION',
        params: { value: values.organization },
      });
    }
  }
  const result = validateInput(createPersonSchema, {
    name: values.name ?? '',
    sector: sectorFromCell(values.sector) ?? '',
    email: values.email ?? null,
    phone: values.phone ?? null,
    title: values.title ?? null,
    since: values.since ?? null,
    organizationId,
  });
  if (!result.ok) return report.reject({ line, key, ...fieldProblem(result) });
  const person = result.value;
  const match = person.email
    ? and(isNull(t.erasedAt), eq(t.email, person.email))
    : and(isNull(t.erasedAt), eq(t.name, person.name), organizationId ? eq(t.organizationId, organizationId) : isNull(t.organizationId));
  const [existing] = await db.select().from(t).where(match).limit(1);
  const fields = {
    name: person.name,
    sector: person.sector,
    email: person.email ?? null,
    phone: person.phone ?? null,
    title: person.title ?? null,
    organizationId: person.organizationId ?? null,
    since: person.since ?? null,
  };
  if (!existing) {
    report.change({ line, key: key ?? '', name: person.name, action: 'create', fields: [] });
    if (write) await db.insert(t).values({ id: newId('person'), ...fields, createdAt: now, updatedAt: now });
    return;
  }
  // A blank cell leaves the stored value alone: a sparse sheet must not wipe phone numbers.
  const changed = COMPARED.filter((field) => fields[field] !== null && fields[field] !== existing[field]);
  if (changed.length === 0) return report.unchanged();
  report.change({ line, key: key ?? '', name: person.name, action: 'update', fields: [...changed] });
  if (write) {
    const set = Object.fromEntries(changed.map((field) => [field, fields[field]]));
    await db.update(t).set({ ...set, updatedAt: now }).where(eq(t.id, existing.id));
  }
}

