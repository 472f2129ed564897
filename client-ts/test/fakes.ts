import type { Clock, Sleeper } from "../src/index.js";

/** A clock that moves only when the fake sleeper sleeps, recording every wait. */
export class FakeTime {
  now = Date.parse("2026-12-07T10:00:00Z");
  readonly waits: number[] = [];
  readonly clock: Clock = { now: () => this.now };
  readonly sleep: Sleeper = async (milliseconds) => {
    this.waits.push(milliseconds);
    this.now += milliseconds;
  };
}

export interface Recorded {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

type Answer = Response | Error | ((request: Recorded) => Response | Error);

/** A fetch that answers from a script, in order, and records every request it gets. */
export class FakeFetch {
  readonly requests: Recorded[] = [];
  readonly #answers: Answer[];

  constructor(...answers: Answer[]) {
    this.#answers = answers;
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const recorded: Recorded = {
      method: request.method,
      path: new URL(request.url).pathname,
      headers: new Headers(request.headers),
      body: await request.text(),
    };
    this.requests.push(recorded);
    const next = this.#answers.shift();
    if (next === undefined) {
      throw new Error(`no answer scripted for ${recorded.method} ${recorded.path}`);
    }
    const answer = typeof next === "function" ? next(recorded) : next;
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json(status, { type: "error", code, details: code, ...extra }, headers);
}

export function connectionRefused(): Error {
  return new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") });
}

export const fixedToken = { token: async () => "token-1", invalidate: () => undefined };

let counter = 0;
/** Predictable uuids, so that tests can tell attempts and keys apart. */
export function sequentialUuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
}
