import { errorFor } from "./errors.js";
import type { Policy, Send } from "./pipeline.js";
import { systemClock, type Clock } from "./time.js";

/** Where the client gets its access token; bring your own, or use {@link ClientCredentialsTokenProvider}. */
export interface TokenProvider {
  token(): Promise<string>;
  /** The server refused this token (401): forget it, so that the next `token()` gets a new one. */
  invalidate(token: string): void;
}

export interface ClientCredentialsOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes?: readonly string[];
  /** The sandbox's customer the token is for (the sandbox's own `customer` form field). */
  customer?: number;
  /** How long before its expiry a token is replaced; 60 s by default. */
  refreshAheadMs?: number;
  clock?: Clock;
  fetch?: Send;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

/**
 * OAuth 2.0 client credentials (RFC 6749, 4.4): fetches a token on first use, keeps it, replaces it
 * `refreshAheadMs` before it expires, and makes one token call however many callers need a token at once.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  readonly #options: ClientCredentialsOptions;
  readonly #clock: Clock;
  readonly #send: Send;
  #cached: CachedToken | undefined;
  #pending: Promise<CachedToken> | undefined;

  constructor(options: ClientCredentialsOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
  }

  async token(): Promise<string> {
    const cached = this.#cached;
    if (cached && this.#clock.now() < cached.expiresAt - (this.#options.refreshAheadMs ?? 60_000)) {
      return cached.value;
    }
    this.#pending ??= this.#fetchToken().finally(() => {
      this.#pending = undefined;
    });
    return (await this.#pending).value;
  }

  invalidate(token: string): void {
    if (this.#cached?.value === token) {
      this.#cached = undefined;
    }
  }

  async #fetchToken(): Promise<CachedToken> {
    const { clientId, clientSecret, scopes, customer } = this.#options;
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (customer !== undefined) {
      form.set("customer", String(customer));
    }
    if (scopes && scopes.length > 0) {
      form.set("scope", scopes.join(" "));
    }
    const response = await this.#send(
      new Request(this.#options.tokenUrl, {
        method: "POST",
        headers: {
          Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`,
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
          client_id: clientId,
          uuid: crypto.randomUUID(),
        },
        body: form,
      }),
    );
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw errorFor(response, body);
    }
    const answer = body as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== "string" || typeof answer.expires_in !== "number") {
      throw new Error(`The token endpoint answered ${response.status} without access_token and expires_in`);
    }
    const token = { value: answer.access_token, expiresAt: this.#clock.now() + answer.expires_in * 1000 };
    this.#cached = token;
    return token;
  }
}

/** A token the caller keeps themselves, asked for on every request. */
export function tokenSupplier(supply: () => string | Promise<string>): TokenProvider {
  return { token: async () => supply(), invalidate: () => undefined };
}

/** `Authorization: Bearer` on every attempt; on a 401, drops the token and replays the call once with a new one. */
export function authorization(tokens: TokenProvider): Policy {
  return (next) => async (request) => {
    const token = await tokens.token();
    const response = await next(withBearer(request.clone(), token));
    if (response.status !== 401) {
      return response;
    }
    tokens.invalidate(token);
    const fresh = await tokens.token();
    await response.body?.cancel();
    return next(withBearer(request, fresh));
  };
}

function withBearer(request: Request, token: string): Request {
  request.headers.set("Authorization", `Bearer ${token}`);
  return request;
}
