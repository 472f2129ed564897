import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ClientCredentialsTokenProvider, createCustomersClient, ok, type CustomersClient } from "customers-api-client";
import { SandboxServer } from "./sandbox.js";

let server: SandboxServer;

before(async () => {
  server = await SandboxServer.start();
});

after(async () => {
  await server?.stop();
});

/** The sandbox's customer-app client, signed in for one sandbox customer. */
function customersFor(customer: number, fetch?: (request: Request) => Promise<Response>): CustomersClient {
  return createCustomersClient({
    baseUrl: server.baseUrl,
    clientId: "sandbox-app",
    tokens: new ClientCredentialsTokenProvider({
      tokenUrl: `${server.baseUrl}/sandbox/v1/oauth2/token`,
      clientId: "sandbox-app",
      clientSecret: "sandbox-app-secret",
      customer,
    }),
    ...(fetch ? { fetch } : {}),
  });
}

describe("the TypeScript client against the packaged sandbox server", () => {
  test("gets a token and reads the customer's profile", async () => {
    const olivia = customersFor(1);

    const profile = await ok(olivia.api.GET("/v1/customers/profiles"));

    assert.equal(profile.emails?.[0]?.emailAddress, "olivia.bennett@example.com");
  });

  test("changes an email through the step-up helper, with the password read from the sandbox outbox", async () => {
    const olivia = customersFor(1);

    const emails = await olivia.updateEmails(
      { emails: [{ emailKey: 2001, emailAddress: "olivia@example.org", preferredEmailFlag: true }] },
      {
        channel: "SMS",
        password: async ({ controlFlowId }) => {
          const outbox = await ok(olivia.api.GET("/sandbox/v1/otpOutbox", { params: { query: { controlFlowId } } }));
          const password = /password is (\d{6})/.exec(outbox.messages[0]?.messageText ?? "")?.[1];
          assert.ok(password, "the outbox holds the password sent");
          return password;
        },
      },
    );

    assert.equal(emails.emails.find((email) => email.emailKey === 2001)?.emailAddress, "olivia@example.org");
    const readBack = await ok(olivia.api.GET("/v1/customers/profiles/emails"));
    assert.equal(readBack.emails.find((email) => email.preferredEmailFlag)?.emailAddress, "olivia@example.org");
  });

  test("retries a write whose answer was lost, with the same Idempotency-Key", async () => {
    const sent: Headers[] = [];
    let answersLost = 0;
    const losingTheFirstAnswer = async (request: Request): Promise<Response> => {
      sent.push(new Headers(request.headers));
      const response = await fetch(request);
      if (request.method === "PUT" && answersLost === 0) {
        answersLost += 1;
        await response.body?.cancel();
        throw new TypeError("fetch failed", { cause: new Error("the answer was lost on the way back") });
      }
      return response;
    };
    const liam = customersFor(2, losingTheFirstAnswer);

    const emails = await ok(
      liam.api.PUT("/v1/customers/profiles/emails", {
        body: { emails: [{ emailKey: 2103, emailAddress: "l.nguyen@work.example.com", preferredEmailFlag: true }] },
      }),
    );

    assert.equal(emails.emails.find((email) => email.preferredEmailFlag)?.emailKey, 2103);
    const writes = sent.filter((headers) => headers.has("Idempotency-Key"));
    assert.equal(writes.length, 2);
    assert.match(writes[0]?.get("Idempotency-Key") ?? "", /^"[0-9a-f-]{36}"$/);
    assert.equal(writes[1]?.get("Idempotency-Key"), writes[0]?.get("Idempotency-Key"));
    assert.notEqual(writes[1]?.get("uuid"), writes[0]?.get("uuid"));
  });
});
