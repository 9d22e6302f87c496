import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

/** One line of the request log. Nothing in it may identify a person. */
export interface RequestLogLine {
  level: 'info' | 'warn';
  msg: 'request';
  requestId: string | undefined;
  /** The client's operation name, or null for an anonymous operation. */
  operationName: string | null;
  operationType: string | null;
  /** The root fields the operation resolved, however the document spelled them: schema names, never arguments. */
  fields: string[];
  role: string | null;
  status: number;
  durationMs: number;
  errorCodes: string[];
}

export type LogWriter = (line: string) => void;

const toStdout: LogWriter = (line) => {
  process.stdout.write(`${line}\n`);
};

/**
 * Writes one JSON line per GraphQL request when its response leaves: request id, operation,
 * duration, HTTP status and the error codes. Variables, results and error messages are left out
 * on purpose: they hold names, e-mails and profile text, which must not end up in log files
 * that outlive an erasure request.
 */
export function requestLogPlugin(write: LogWriter = toStdout): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart(start) {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse(context) {
          const { response, operation } = context;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [
            ...new Set(
              errors.map((error) => {
                const code = error.extensions?.code;
                return typeof code === 'string' ? code : 'UNKNOWN';
              }),
            ),
          ];
          const fields = [...context.contextValue.resolvedFields].sort();
          const status = response.http.status ?? 200;
          const line: RequestLogLine = {
            level: status >= 500 || errorCodes.includes('INTERNAL_SERVER_ERROR') ? 'warn' : 'info',
            msg: 'request',
            requestId: start.contextValue.requestId,
            operationName: context.operationName ?? null,
            operationType: operation?.operation ?? null,
            fields,
            role: context.contextValue.viewer?.role ?? null,
            status,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            errorCodes,
          };
          write(JSON.stringify(line));
          return Promise.resolve();
        },
      });
    },
  };
}
