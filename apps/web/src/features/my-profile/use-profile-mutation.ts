import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationVariables } from '@apollo/client';

/**
 * A mutation on the participant's own profile: the page's query is read again afterwards, so
 * every card shows what the API stored, not what the form guessed.
 */
export function useProfileMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  return useMutation(document, { refetchQueries: ['MyProfileRouteQuery'], awaitRefetchQueries: true });
}
