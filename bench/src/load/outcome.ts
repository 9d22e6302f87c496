/**
 * How both load generators judge an answer, so their error counts mean the same thing: a
 * failure is a status other than 200 or a GraphQL `errors` in the body, counted per operation,
 * error code and the refusal's reason when it gives one ("propose agreement: FORBIDDEN",
 * "propose agreement: BAD_USER_INPUT AGREEMENT_ALREADY_PROPOSED", "network graph: HTTP 503").
 */
export function failed(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors"');
}

export function failureKey(op: string, status: number, body: string): string {
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  const reason = /"reason":"([A-Z_]+)"/.exec(body)?.[1];
  return `${op}: ${code ? [code, reason].filter(Boolean).join(' ') : `HTTP ${status}`}`;
}

/** Counts of failures by key, in the order first seen. */
export class FailureTally {
  readonly byKey = new Map<string, number>();

  add(key: string): void {
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }

  get total(): number {
    return [...this.byKey.values()].reduce((a, b) => a + b, 0);
  }
}

/** Latencies by operation, in the order first seen. */
export class LatencyByOp {
  readonly byOp = new Map<string, number[]>();

  add(op: string, ms: number): void {
    let times = this.byOp.get(op);
    if (!times) this.byOp.set(op, (times = []));
    times.push(ms);
  }
}
