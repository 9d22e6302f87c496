import { Readable } from 'node:stream';

/**
 * Takes chunks off a stream until it has at least `bytes` (or the stream ends) and gives back
 * a stream that still starts with them. The head is bounded by `bytes` plus one chunk, never
 * the whole stream: a caller sniffing a format reads only what it needs to decide.
 * `ended` says the head is all there is.
 */
export async function peek(input: Readable, bytes = 1): Promise<{ head: Buffer; stream: Readable; ended: boolean }> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  async function* rest() {
    if (head.length) yield head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  }
  const stream = Readable.from(rest(), { objectMode: false });
  // A stream given up on (a refused file) lets go of its source too.
  stream.once('close', () => {
    if (!stream.readableEnded) void iterator.return?.();
  });
  return { head, stream, ended };
}
