export {
  seedDatabase,
  DEFAULT_SEED,
  DEFAULT_NOW,
  type SeedOptions,
  type SeedSummary,
} from './seed-database';
export { isDatabaseEmpty, clearDatabase } from './database-state';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_USER_IDS, type DemoLogin } from './demo-accounts';
export { isValidOrgNumber, orgNumberCheckDigit } from './org-numbers';
