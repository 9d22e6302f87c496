import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { connectDatabase } from '@brobygger/db';
import { createUserSchema } from '@brobygger/domain/accounts';
import { loadEnv } from '../../../env';
import { validate } from '../../../lib/validate';
import { insertAccount } from '../user-service';

const USAGE = `Usage: pnpm admin:create EMAIL

Creates an admin account in the database the server uses (DATABASE_PATH).
The password is read from standard input: typed twice at a terminal (not shown), or the first
line of a pipe, e.g.  printf '%s\\n' "$ADMIN_PASSWORD" | pnpm admin:create admin@example.no`;

/** The whole of standard input when it is a pipe: the password is its first line. */
async function passwordFromPipe(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

/** Asks at the terminal without echoing what is typed. */
async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => prompt.question('', resolve));
  prompt.close();
  process.stdout.write('\n');
  return answer;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return passwordFromPipe();
  const password = await askHidden('Password for the new admin: ');
  if ((await askHidden('The same password again: ')) !== password) throw new Error('The two passwords differ.');
  return password;
}

/** `pnpm admin:create EMAIL`: the first admin of a production install, which seeds no demo accounts. */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE);
    process.exitCode = args.length === 1 ? 0 : 2;
    return;
  }
  const env = loadEnv();
  const values = validate(createUserSchema, {
    email: args[0],
    password: await readPassword(),
    role: 'ADMIN',
  });
  const handle = await connectDatabase(env.database);
  try {
    const account = await insertAccount(handle, { now: () => new Date(), viewer: null }, values, { via: 'admin:create' });
    console.log(`Created admin ${account.email}. Log in at /login.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  const field = error instanceof GraphQLError ? error.extensions.field : undefined;
  const message = error instanceof Error ? error.message : String(error);
  console.error(typeof field === 'string' ? `${field}: ${message}` : message);
  process.exit(1);
});
