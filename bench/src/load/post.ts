import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A keep-alive pool with room for far more connections than the open loop ever has in flight,
 * so a request never waits in the client for a free connection: any wait is the server's.
 */
export function connectionPool(maxConnections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: maxConnections, maxFreeSockets: maxConnections });
}

/**
 * POSTs a JSON body and reads the whole answer. Rejects on a connection error or when no
 * answer has come after `timeoutMs` (error.code 'TIMEOUT'). `onSocket` sees the connection
 * used, so the caller can count how many were opened.
 */
export function postJson(
  pool: Agent,
  url: URL,
  headers: Record<string, string>,
  json: string,
  timeoutMs: number,
  onSocket: (socket: object) => void,
): Promise<Answer> {
  return new Promise<Answer>((done, fail) => {
    const payload = Buffer.from(json);
    const outgoing = request(url, {
      method: 'POST',
      agent: pool,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
    });
    // A deadline for the whole exchange (a socket timeout would restart on every chunk).
    const deadline = setTimeout(
      () => outgoing.destroy(Object.assign(new Error('no answer in time'), { code: 'TIMEOUT' })),
      timeoutMs,
    );
    const finish = () => clearTimeout(deadline);
    outgoing.once('close', finish);
    outgoing.once('socket', onSocket);
    outgoing.once('error', fail);
    outgoing.once('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.once('error', fail);
      incoming.once('end', () => {
        finish();
        done({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    outgoing.end(payload);
  });
}
