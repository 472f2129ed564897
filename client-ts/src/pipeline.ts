/** One HTTP exchange: what `fetch` does, and what every policy below receives and returns. */
export type Send = (request: Request) => Promise<Response>;

/** One concern of the client (tokens, retries, headers...) wrapped around the next one. */
export type Policy = (next: Send) => Send;

/** Orders the policies outermost first, as they are listed, around the transport. */
export function pipeline(transport: Send, ...policies: Policy[]): Send {
  return policies.reduceRight<Send>((next, policy) => policy(next), transport);
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isWrite(request: Request): boolean {
  return WRITES.has(request.method.toUpperCase());
}
