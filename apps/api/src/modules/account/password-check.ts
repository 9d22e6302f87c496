import { eq } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import { newPasswordError } from '@brobygger/domain/accounts';
import { badInput } from '../../lib/errors';

interface AccountFacts {
  /** The account being changed; its stored e-mail and person count unless the input changes them. */
  id?: string;
  email?: string | undefined;
  personId?: string | null | undefined;
}

/**
 * Refuses a new password made of the account's e-mail or its person's name. The input schema
 * checks the e-mail it carries; only here are the stored e-mail and the linked name known.
 */
export async function assertNewPasswordFits(db: Db, password: string | undefined, account: AccountFacts): Promise<void> {
  if (password === undefined) return;
  const users = schema.users;
  const [stored] = account.id
    ? await db.select({ email: users.email, personId: users.personId }).from(users).where(eq(users.id, account.id))
    : [];
  const personId = account.personId !== undefined ? account.personId : stored?.personId;
  const people = schema.people;
  const [person] = personId ? await db.select({ name: people.name }).from(people).where(eq(people.id, personId)) : [];
  const error = newPasswordError(password, { email: account.email ?? stored?.email, name: person?.name });
  if (error) throw badInput('password', error.message, error);
}
