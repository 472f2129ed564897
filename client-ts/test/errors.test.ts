import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BadRequestError, createCustomersClient, ForbiddenError, ok, ServerError, StepUpRequiredError, UnavailableError } from "../src/index.js";
import { FakeFetch, fixedToken, json, problem } from "./fakes.js";

function call(answer: Response) {
  const server = new FakeFetch(answer);
  const customers = createCustomersClient({
    baseUrl: "http://sandbox.test/api",
    clientId: "sandbox-app",
    tokens: fixedToken,
    fetch: server.fetch,
    newUuid: () => "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b",
    retry: { maxRetries: 0 },
  });
  return ok(customers.api.GET("/v1/customers/profiles/emails")).catch((e: unknown) => e);
}

describe("typed errors", () => {
  test("a 400 carries its status, headers, the request's uuid and the error model with its location", async () => {
    const error = await call(problem(400, "invalidRequest", { type: "invalid", location: "client_id" }, { "X-Frame-Options": "DENY" }));

    assert.ok(error instanceof BadRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.headers.get("X-Frame-Options"), "DENY");
    assert.equal(error.requestUuid, "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b");
    assert.equal(error.type, "invalid");
    assert.equal(error.code, "invalidRequest");
    assert.equal(error.location, "client_id");
  });

  test("a 403 with moreInfo.controlFlowId is a StepUpRequiredError naming the flow", async () => {
    const error = await call(problem(403, "stepUpRequired", { moreInfo: { controlFlowId: "687a33f1c2b04e7d9a5b1c3e8f0d2a4b" } }));

    assert.ok(error instanceof StepUpRequiredError);
    assert.equal(error.controlFlowId, "687a33f1c2b04e7d9a5b1c3e8f0d2a4b");
  });

  test("any other 403 is a ForbiddenError", async () => {
    assert.ok((await call(problem(403, "accessNotConfigured"))) instanceof ForbiddenError);
  });

  test("a 503 is an UnavailableError with the server's Retry-After", async () => {
    const error = await call(problem(503, "serviceUnavailable", {}, { "Retry-After": "3" }));

    assert.ok(error instanceof UnavailableError);
    assert.equal(error.retryAfterMs, 3000);
  });

  test("a 500 whose body is no error model is a ServerError without one", async () => {
    const error = await call(new Response("<html>oops</html>", { status: 500, headers: { "Content-Type": "text/html" } }));

    assert.ok(error instanceof ServerError);
    assert.equal(error.errorModel, undefined);
    assert.equal(error.status, 500);
  });

  test("a success answers its data", async () => {
    assert.deepEqual(await call(json(200, { emails: [] })), { emails: [] });
  });
});
