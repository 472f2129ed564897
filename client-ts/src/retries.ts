import { ConnectionError, DeadlineExceededError, retryAfterOf } from "./errors.js";
import { isWrite, type Policy } from "./pipeline.js";
import { realSleeper, systemClock, type Clock, type Sleeper } from "./time.js";

export interface RetryOptions {
  /** Attempts after the first; 3 by default. */
  maxRetries?: number;
  /** The first backoff; it doubles with each retry, with full jitter. 200 ms by default. */
  initialBackoffMs?: number;
  /** No backoff is longer than this; 5 s by default. */
  maxBackoffMs?: number;
  /** A `Retry-After` longer than this fails the call at once, with the wait in the error; 30 s by default. */
  maxRetryAfterMs?: number;
  /** One deadline per call, covering every attempt and every wait; 60 s by default. */
  timeoutMs?: number;
  clock?: Clock;
  sleep?: Sleeper;
  /** In [0, 1); injected in tests. */
  random?: () => number;
}

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Retries what may be retried, as the server asks: connection failures, 429, 502, 503, 504, and a 409
 * `idempotencyKeyInUse` (the first request with the key is still running). A read is always retried; a write
 * only when it carries an `Idempotency-Key`. Any other answer (400, 403, 404, 422, another 409, a 401 after
 * the token was refreshed) is returned at once.
 */
export function retries(options: RetryOptions = {}): Policy {
  const maxRetries = options.maxRetries ?? 3;
  const initialBackoffMs = options.initialBackoffMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleeper;
  const random = options.random ?? Math.random;

  return (next) => async (request) => {
    const deadline = clock.now() + timeoutMs;
    const retryable = !isWrite(request) || request.headers.has("Idempotency-Key");
    const name = `${request.method} ${new URL(request.url).pathname}`;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) {
        throw new DeadlineExceededError(`${name}: no answer within ${timeoutMs} ms (${attempt} attempts)`);
      }
      const deadlineSignal = AbortSignal.timeout(remaining);
      let outcome: Response | ConnectionError;
      try {
        outcome = await next(new Request(request.clone(), { signal: AbortSignal.any([request.signal, deadlineSignal]) }));
      } catch (failure) {
        if (request.signal.aborted) {
          throw failure;
        }
        if (deadlineSignal.aborted) {
          throw new DeadlineExceededError(`${name}: no answer within ${timeoutMs} ms (${attempt + 1} attempts)`);
        }
        outcome = new ConnectionError(`${name}: ${describe(failure)}`, { cause: failure });
      }
      const wait = retryable && attempt < maxRetries ? await waitBefore(outcome, attempt) : undefined;
      if (wait === undefined || wait > maxRetryAfterMs || clock.now() + wait >= deadline) {
        if (outcome instanceof ConnectionError) {
          throw outcome;
        }
        return outcome;
      }
      if (outcome instanceof Response) {
        await outcome.body?.cancel();
      }
      await sleep(wait, request.signal);
    }
  };

  /** How long to wait before the next attempt, or undefined when this outcome is final. */
  async function waitBefore(outcome: Response | ConnectionError, attempt: number): Promise<number | undefined> {
    if (outcome instanceof Response && !(await isRetried(outcome))) {
      return undefined;
    }
    const asked = outcome instanceof Response ? retryAfterOf(outcome.headers, clock.now()) : undefined;
    return asked ?? random() * Math.min(maxBackoffMs, initialBackoffMs * 2 ** attempt);
  }
}

async function isRetried(response: Response): Promise<boolean> {
  if (RETRIED_STATUSES.has(response.status)) {
    return true;
  }
  if (response.status !== 409) {
    return false;
  }
  const body: unknown = await response.clone().json().catch(() => undefined);
  return typeof body === "object" && body !== null && (body as { code?: unknown }).code === "idempotencyKeyInUse";
}

function describe(failure: unknown): string {
  if (failure instanceof Error) {
    return failure.cause instanceof Error ? `${failure.message} (${failure.cause.message})` : failure.message;
  }
  return String(failure);
}
