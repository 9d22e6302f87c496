import { connectDatabase } from '@brobygger/db';
import { loadEnv } from './env';
import { seedIfEmpty } from './seed-on-start';
import { startApp } from './server';

/** Starts Brobygger: migrate, seed an empty database with the demo network, serve. */
async function main(): Promise<void> {
  const env = loadEnv();
  const handle = await connectDatabase(env.database, { poolSize: env.DATABASE_POOL_SIZE });
  if (env.SEED_DEMO === 'true') await seedIfEmpty(handle);
  const app = await startApp({ handle, env }, env.PORT, env.HOST);
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'listening',
      url: `${app.url}/graphql`,
      database: handle.location,
    }),
  );
  console.log(`Brobygger is running: open ${app.url} (GraphQL at ${app.url}/graphql)`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 'info', msg: 'shutting down', signal }));
    // Apollo's drain plugin stops accepting connections and waits for requests in flight.
    app
      .stop()
      .then(() => handle.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
