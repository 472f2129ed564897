import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BusinessRuleError, createCustomersClient, type OtpSent } from "../src/index.js";
import { FakeFetch, fixedToken, json, problem } from "./fakes.js";

const FLOW = "687a33f1c2b04e7d9a5b1c3e8f0d2a4b";
const CHANGE = { emails: [{ emailKey: 2001, emailAddress: "olivia@example.org", preferredEmailFlag: true }] };
const CONFIRMED = { emails: [{ emailKey: 2001, emailAddress: "olivia@example.org", preferredEmailFlag: true, emailType: "PERSONAL" }] };
const SENT = { controlFlowId: FLOW, otpDeliveryOption: "SMS", maskedPhoneNumber: "+61 *****5678", otpExpiryDateTime: "2026-12-07T10:05:00Z" };

function customers(server: FakeFetch) {
  return createCustomersClient({ baseUrl: "http://sandbox.test/api", clientId: "sandbox-app", tokens: fixedToken, fetch: server.fetch });
}

describe("step-up helper", () => {
  test("sends the change, the password on the chosen channel, validates what the callback supplies, confirms", async () => {
    const server = new FakeFetch(
      problem(403, "stepUpRequired", { moreInfo: { controlFlowId: FLOW } }),
      json(200, SENT),
      json(200, { controlFlowId: FLOW, otpValidationStatus: "VALIDATED" }),
      json(200, CONFIRMED),
    );
    const asked: OtpSent[] = [];

    const emails = await customers(server).updateEmails(CHANGE, {
      channel: "SMS",
      password: async (sent) => {
        asked.push(sent);
        return "482915";
      },
    });

    assert.deepEqual(emails, CONFIRMED);
    assert.deepEqual(asked, [SENT]);
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path} ${r.body}`),
      [
        `PUT /api/v1/customers/profiles/emails ${JSON.stringify(CHANGE)}`,
        `POST /api/v1/mfa/otp ${JSON.stringify({ controlFlowId: FLOW, otpDeliveryOption: "SMS" })}`,
        `PUT /api/v1/mfa/otp ${JSON.stringify({ controlFlowId: FLOW, otpToken: "482915" })}`,
        `POST /api/v1/customers/profiles/emails/confirmation ${JSON.stringify({ controlFlowId: FLOW })}`,
      ],
    );
  });

  test("a change that needs no step-up returns at once", async () => {
    const server = new FakeFetch(json(200, CONFIRMED));

    const emails = await customers(server).updateEmails(CHANGE, { channel: "EMAIL", password: () => assert.fail("no password needed") });

    assert.deepEqual(emails, CONFIRMED);
    assert.equal(server.requests.length, 1);
  });

  test("a wrong password comes back as a BusinessRuleError and nothing is confirmed", async () => {
    const server = new FakeFetch(
      problem(403, "stepUpRequired", { moreInfo: { controlFlowId: FLOW } }),
      json(200, SENT),
      problem(422, "otpInvalid", { moreInfo: { controlFlowId: FLOW, remainingOtpAttempts: 4 } }),
    );

    const error = await customers(server).updateEmails(CHANGE, { channel: "SMS", password: async () => "000000" }).catch((e: unknown) => e);

    assert.ok(error instanceof BusinessRuleError);
    assert.equal(error.moreInfo?.remainingOtpAttempts, 4);
    assert.equal(server.requests.length, 3);
  });
});
