import type { Policy } from "./pipeline.js";

export interface StandardHeaders {
  clientId: string;
  /** The optional `clientDetails` header, asked for on every request. */
  clientDetails?: () => string | undefined;
  /** A fresh `uuid` for each attempt; injected in tests. */
  newUuid?: () => string;
}

const attemptUuids = new WeakMap<Response, string>();

/** The `uuid` the attempt that got this response was sent with. */
export function requestUuidOf(response: Response): string | undefined {
  return attemptUuids.get(response) ?? response.headers.get("uuid") ?? undefined;
}

/**
 * The headers the contract requires of every operation, set on every attempt: `client_id`, `Accept`,
 * `clientDetails` when given, and a `uuid` of its own for each attempt, as the contract asks.
 */
export function standardHeaders(options: StandardHeaders): Policy {
  const newUuid = options.newUuid ?? (() => crypto.randomUUID());
  return (next) => async (request) => {
    const uuid = newUuid();
    request.headers.set("uuid", uuid);
    request.headers.set("client_id", options.clientId);
    request.headers.set("Accept", "application/json");
    const details = options.clientDetails?.();
    if (details !== undefined) {
      request.headers.set("clientDetails", details);
    }
    const response = await next(request);
    attemptUuids.set(response, uuid);
    return response;
  };
}
