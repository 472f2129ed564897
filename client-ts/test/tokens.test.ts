import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ClientCredentialsTokenProvider, createCustomersClient, ok, UnauthorizedError } from "../src/index.js";
import { FakeFetch, FakeTime, json, problem } from "./fakes.js";

const TOKEN_URL = "http://sandbox.test/api/sandbox/v1/oauth2/token";

function tokenAnswer(token: string, expiresIn = 1800): Response {
  return json(200, { access_token: token, token_type: "bearer", expires_in: expiresIn });
}

function provider(server: FakeFetch, time = new FakeTime()): ClientCredentialsTokenProvider {
  return new ClientCredentialsTokenProvider({
    tokenUrl: TOKEN_URL,
    clientId: "sandbox-app",
    clientSecret: "sandbox-app-secret",
    customer: 1,
    scopes: ["customers_profiles", "customers_profiles_update"],
    clock: time.clock,
    fetch: server.fetch,
  });
}

describe("client-credentials token provider", () => {
  test("asks for a token with the client's credentials, the scopes and the sandbox customer", async () => {
    const server = new FakeFetch(tokenAnswer("t1"));

    assert.equal(await provider(server).token(), "t1");

    const [call] = server.requests;
    assert.equal(call?.method, "POST");
    assert.equal(call?.headers.get("Authorization"), `Basic ${btoa("sandbox-app:sandbox-app-secret")}`);
    assert.equal(call?.headers.get("client_id"), "sandbox-app");
    const form = new URLSearchParams(call?.body);
    assert.equal(form.get("grant_type"), "client_credentials");
    assert.equal(form.get("customer"), "1");
    assert.equal(form.get("scope"), "customers_profiles customers_profiles_update");
  });

  test("makes one token call for sixteen callers needing a token at once", async () => {
    const server = new FakeFetch(tokenAnswer("t1"));
    const tokens = provider(server);

    const all = await Promise.all(Array.from({ length: 16 }, () => tokens.token()));

    assert.deepEqual(new Set(all), new Set(["t1"]));
    assert.equal(server.requests.length, 1);
  });

  test("keeps the token until a minute before it expires, then fetches a new one", async () => {
    const time = new FakeTime();
    const server = new FakeFetch(tokenAnswer("t1", 1800), tokenAnswer("t2", 1800));
    const tokens = provider(server, time);
    await tokens.token();

    time.now += 1739_000;
    assert.equal(await tokens.token(), "t1");
    time.now += 1_000;
    assert.equal(await tokens.token(), "t2");
    assert.equal(server.requests.length, 2);
  });

  test("a refused token call is a typed error", async () => {
    const tokens = provider(new FakeFetch(problem(401, "unAuthorized")));

    await assert.rejects(tokens.token(), UnauthorizedError);
  });
});

describe("authorization", () => {
  function clientWith(api: FakeFetch, tokenServer: FakeFetch) {
    return createCustomersClient({
      baseUrl: "http://sandbox.test/api",
      clientId: "sandbox-app",
      tokens: provider(tokenServer),
      fetch: api.fetch,
    });
  }

  test("on a 401 drops the token, gets a new one and replays the call once", async () => {
    const tokenServer = new FakeFetch(tokenAnswer("old"), tokenAnswer("new"));
    const api = new FakeFetch(problem(401, "unAuthorized"), json(200, { emails: [] }));

    const emails = await ok(clientWith(api, tokenServer).api.GET("/v1/customers/profiles/emails"));

    assert.deepEqual(emails, { emails: [] });
    assert.deepEqual(api.requests.map((r) => r.headers.get("Authorization")), ["Bearer old", "Bearer new"]);
    assert.notEqual(api.requests[0]?.headers.get("uuid"), api.requests[1]?.headers.get("uuid"));
  });

  test("a 401 with the fresh token too is an UnauthorizedError, with no further replay", async () => {
    const tokenServer = new FakeFetch(tokenAnswer("old"), tokenAnswer("new"));
    const api = new FakeFetch(problem(401, "unAuthorized"), problem(401, "unAuthorized"));

    await assert.rejects(ok(clientWith(api, tokenServer).api.GET("/v1/customers/profiles/emails")), UnauthorizedError);
    assert.equal(api.requests.length, 2);
  });
});
