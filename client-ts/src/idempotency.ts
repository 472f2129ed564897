import { isWrite, type Policy } from "./pipeline.js";

/**
 * Gives every write an `Idempotency-Key`, once per logical call, so that the retries below may resend it:
 * the same key on every attempt, in the IETF draft's Structured Field form, a quoted string (`"<uuid>"`).
 * A key the caller set is kept.
 */
export function idempotencyKeys(newKey: () => string = () => crypto.randomUUID()): Policy {
  return (next) => (request) => {
    if (isWrite(request) && !request.headers.has("Idempotency-Key")) {
      request.headers.set("Idempotency-Key", `"${newKey()}"`);
    }
    return next(request);
  };
}
