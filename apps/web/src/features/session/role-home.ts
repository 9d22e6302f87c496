import type { Role } from '@brobygger/domain';

/** Where each role lands after logging in. */
export const ROLE_HOME: Record<Role, string> = {
  COORDINATOR: '/explorer',
  RESEARCHER: '/explorer',
  EMPLOYER: '/employer',
  PARTICIPANT: '/me',
  ADMIN: '/admin',
};
