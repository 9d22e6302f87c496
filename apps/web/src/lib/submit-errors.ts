import { notifications } from '@mantine/notifications';
import { errorMessage, fieldErrors } from './graphql-error';

/**
 * After a failed mutation: field errors go back to the form to sit under their inputs;
 * anything else is announced as a notification so it is never silently lost.
 */
export function submitErrors(error: unknown, title: string): Record<string, string> {
  const fields = fieldErrors(error);
  if (Object.keys(fields).length === 0) {
    notifications.show({ color: 'red', title, message: errorMessage(error) });
  }
  return fields;
}
