/**
 * A network member's role is free text (a forum's "chair", a project's "funder"), but most
 * networks use a few common ones: these are worded in each language (`networkRole.<role>` in the
 * web), stored as written here; any other role is shown as it was typed.
 */
export const NETWORK_ROLES = [
  'member',
  'chair',
  'coordinator',
  'host',
  'partner',
  'funder',
  'mentor',
  'participant',
  'observer',
] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

/** Whether a role as stored is one of the common ones. */
export function isNetworkRole(role: string): role is NetworkRole {
  return (NETWORK_ROLES as readonly string[]).includes(role);
}
