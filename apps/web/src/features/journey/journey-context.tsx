import { useMutation } from '@apollo/client/react';
import type { OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, useContext, type ReactNode } from 'react';

/** Whose journey a page shows, and which of the page's queries reads it again after a change. */
interface Journey {
  personId: string;
  /** The route query's name, e.g. JourneyRouteQuery. */
  query: string;
  /** Coordinators record status changes and keep the follow-up facts. */
  coordinator: boolean;
  /** Whether the lists can be changed here: the coordinator's journey page and the participant's own. */
  editable: boolean;
}

const JourneyContext = createContext<Journey | null>(null);

export function JourneyProvider(props: Journey & { children: ReactNode }) {
  const { children, ...journey } = props;
  return <JourneyContext.Provider value={journey}>{children}</JourneyContext.Provider>;
}

export function useJourney(): Journey {
  const journey = useContext(JourneyContext);
  if (!journey) throw new Error('useJourney outside a JourneyProvider');
  return journey;
}

/**
 * A change to the journey: the page's query is read again before the mutation settles, so
 * every list shows what the API stored (its order included), not what the form guessed. A
 * refused change reads it again too: a LIST_CHANGED refusal means someone else changed the list.
 */
export function useJourneyMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  const { query } = useJourney();
  const [mutate, result] = useMutation(document, {
    refetchQueries: [query],
    awaitRefetchQueries: true,
  });
  const run = async (...args: Parameters<typeof mutate>) => {
    try {
      return await mutate(...args);
    } catch (error) {
      await result.client.refetchQueries({ include: [query] });
      throw error;
    }
  };
  return run;
}
