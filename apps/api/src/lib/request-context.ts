import { AsyncLocalStorage } from 'node:async_hooks';

/** The request id, reachable from code that has no GraphQL context (error formatting, logs). */
export const requestStore = new AsyncLocalStorage<{ requestId: string }>();

export const currentRequestId = (): string | undefined => requestStore.getStore()?.requestId;
