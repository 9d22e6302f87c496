import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request id, reachable from code that has no GraphQL context (error formatting, logs),
 * and the request's cancellation signal (lib/deadline.ts), once /graphql has set one.
 */
export const requestStore = new AsyncLocalStorage<{ requestId: string; signal?: AbortSignal }>();

export const currentRequestId = (): string | undefined => requestStore.getStore()?.requestId;

/** The signal of the request this code runs for, if it has one. */
export const currentSignal = (): AbortSignal | undefined => requestStore.getStore()?.signal;
