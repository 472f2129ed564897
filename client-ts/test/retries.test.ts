import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  BadRequestError,
  BusinessRuleError,
  ConflictError,
  ConnectionError,
  createCustomersClient,
  CustomersApiError,
  DeadlineExceededError,
  ForbiddenError,
  NotFoundError,
  ok,
  RateLimitedError,
  type RetryOptions,
} from "../src/index.js";
import { pipeline } from "../src/pipeline.js";
import { retries } from "../src/retries.js";
import { connectionRefused, FakeFetch, FakeTime, fixedToken, json, problem, sequentialUuid } from "./fakes.js";

const EMAILS = { emails: [{ emailKey: 2001, emailAddress: "olivia@example.com", preferredEmailFlag: true }] };
const MOVE_PREFERRED = { emails: [{ emailKey: 2002, emailAddress: "o.bennett@example.net", preferredEmailFlag: true }] };

function client(server: FakeFetch, time: FakeTime, retry: RetryOptions = {}) {
  return createCustomersClient({
    baseUrl: "http://sandbox.test/api",
    clientId: "sandbox-app",
    tokens: fixedToken,
    fetch: server.fetch,
    newUuid: sequentialUuid,
    retry: { clock: time.clock, sleep: time.sleep, random: () => 0.5, ...retry },
  });
}

function readEmails(server: FakeFetch, time = new FakeTime(), retry: RetryOptions = {}) {
  return ok(client(server, time, retry).api.GET("/v1/customers/profiles/emails"));
}

describe("retries", () => {
  test("a read answered 503 is retried and returns the 200 that follows", async () => {
    const server = new FakeFetch(problem(503, "serviceUnavailable"), json(200, EMAILS));

    assert.deepEqual(await readEmails(server), EMAILS);
    assert.equal(server.requests.length, 2);
  });

  test("502, 504 and a connection failure are retried too", async () => {
    const server = new FakeFetch(problem(502, "badGateway"), problem(504, "gatewayTimeout"), connectionRefused(), json(200, EMAILS));

    assert.deepEqual(await readEmails(server), EMAILS);
    assert.equal(server.requests.length, 4);
  });

  test("a 429 with Retry-After: 2 waits two seconds of the clock", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(problem(429, "rateLimited", {}, { "Retry-After": "2" }), json(200, EMAILS));

    await readEmails(server, time);

    assert.deepEqual(time.waits, [2000]);
  });

  test("a Retry-After given as an HTTP date waits until that date", async () => {
    const time = new FakeTime();
    const at = new Date(time.now + 7000).toUTCString();
    const server = new FakeFetch(problem(503, "serviceUnavailable", {}, { "Retry-After": at }), json(200, EMAILS));

    await readEmails(server, time);

    assert.deepEqual(time.waits, [7000]);
  });

  test("a Retry-After beyond the ceiling fails at once with the wait in the error", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(problem(429, "rateLimited", {}, { "Retry-After": "120" }));

    const error = await readEmails(server, time, { maxRetryAfterMs: 30_000, timeoutMs: 600_000 }).catch((e: unknown) => e);

    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterMs, 120_000);
    assert.deepEqual(time.waits, []);
  });

  test("backs off exponentially with jitter, capped", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(...Array.from({ length: 5 }, () => problem(503, "serviceUnavailable")), json(200, EMAILS));

    await readEmails(server, time, { maxRetries: 5, initialBackoffMs: 100, maxBackoffMs: 500, random: () => 0.5 });

    assert.deepEqual(time.waits, [50, 100, 200, 250, 250]);
  });

  test("after the last retry the last answer is the error", async () => {
    const server = new FakeFetch(...Array.from({ length: 3 }, () => problem(503, "serviceUnavailable")));

    await assert.rejects(readEmails(server, new FakeTime(), { maxRetries: 2 }), (e: unknown) => e instanceof CustomersApiError && e.status === 503);
    assert.equal(server.requests.length, 3);
  });

  test("connection failures on every attempt end in a ConnectionError", async () => {
    const server = new FakeFetch(connectionRefused(), connectionRefused());

    await assert.rejects(readEmails(server, new FakeTime(), { maxRetries: 1 }), ConnectionError);
  });

  test("the call's one deadline ends the retries", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(...Array.from({ length: 4 }, () => problem(503, "serviceUnavailable", {}, { "Retry-After": "4" })));

    await assert.rejects(readEmails(server, time, { timeoutMs: 10_000, maxRetries: 10 }), (e: unknown) => e instanceof CustomersApiError && e.status === 503);
    assert.deepEqual(time.waits, [4000, 4000]);
    assert.equal(server.requests.length, 3);
  });

  test("an attempt still running at the deadline ends in a DeadlineExceededError", async () => {
    const hanging = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
    const tooLate = createCustomersClient({
      baseUrl: "http://sandbox.test/api",
      clientId: "sandbox-app",
      tokens: fixedToken,
      fetch: hanging,
      retry: { timeoutMs: 1 },
    });

    await assert.rejects(ok(tooLate.api.GET("/v1/customers/profiles/emails")), DeadlineExceededError);
  });

  for (const [status, code, type] of [
    [400, "invalidRequest", BadRequestError],
    [403, "accessNotConfigured", ForbiddenError],
    [404, "resourceNotFound", NotFoundError],
    [422, "businessValidationsFailed", BusinessRuleError],
    [409, "conflict", ConflictError],
  ] as const) {
    test(`a ${status} ${code} is never retried`, async () => {
      const server = new FakeFetch(problem(status, code), json(200, EMAILS));

      await assert.rejects(readEmails(server), type);
      assert.equal(server.requests.length, 1);
    });
  }
});

describe("retried writes", () => {
  test("a write is retried with the same quoted Idempotency-Key, each attempt with its own uuid", async () => {
    const server = new FakeFetch(connectionRefused(), problem(503, "serviceUnavailable"), json(200, EMAILS));

    await ok(client(server, new FakeTime()).api.PUT("/v1/customers/profiles/emails", { body: MOVE_PREFERRED }));

    const keys = server.requests.map((r) => r.headers.get("Idempotency-Key"));
    assert.equal(keys.length, 3);
    assert.match(keys[0] ?? "", /^"[0-9a-f-]{36}"$/);
    assert.deepEqual(new Set(keys).size, 1);
    assert.equal(new Set(server.requests.map((r) => r.headers.get("uuid"))).size, 3);
    assert.deepEqual(server.requests.map((r) => r.body), Array(3).fill(JSON.stringify(MOVE_PREFERRED)));
  });

  test("two calls of the same write get two keys", async () => {
    const server = new FakeFetch(json(200, EMAILS), json(200, EMAILS));
    const customers = client(server, new FakeTime());

    await ok(customers.api.PUT("/v1/customers/profiles/emails", { body: MOVE_PREFERRED }));
    await ok(customers.api.PUT("/v1/customers/profiles/emails", { body: MOVE_PREFERRED }));

    assert.notEqual(server.requests[0]?.headers.get("Idempotency-Key"), server.requests[1]?.headers.get("Idempotency-Key"));
  });

  test("a 409 idempotencyKeyInUse is retried after its Retry-After", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(problem(409, "idempotencyKeyInUse", {}, { "Retry-After": "1" }), json(200, EMAILS));

    await ok(client(server, time).api.PUT("/v1/customers/profiles/emails", { body: MOVE_PREFERRED }));

    assert.deepEqual(time.waits, [1000]);
  });

  test("a 422 idempotencyKeyReused is not retried", async () => {
    const server = new FakeFetch(problem(422, "idempotencyKeyReused"), json(200, EMAILS));

    const error = await ok(client(server, new FakeTime()).api.PUT("/v1/customers/profiles/emails", { body: MOVE_PREFERRED })).catch((e: unknown) => e);

    assert.ok(error instanceof BusinessRuleError);
    assert.equal(error.code, "idempotencyKeyReused");
    assert.equal(server.requests.length, 1);
  });

  test("a write without an Idempotency-Key is not retried", async () => {
    const server = new FakeFetch(problem(503, "serviceUnavailable"), json(200, EMAILS));
    const time = new FakeTime();
    const send = pipeline(server.fetch, retries({ clock: time.clock, sleep: time.sleep }));

    const response = await send(new Request("http://sandbox.test/api/v1/offers", { method: "POST", body: "{}" }));

    assert.equal(response.status, 503);
    assert.equal(server.requests.length, 1);
  });
});
