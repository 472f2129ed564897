import createClient, { type Client } from "openapi-fetch";
import type { components } from "./generated/schema.js";
import { standardHeaders } from "./headers.js";
import { idempotencyKeys } from "./idempotency.js";
import type { CustomersPaths } from "./paths.js";
import { pipeline, type Send } from "./pipeline.js";
import { retries, type RetryOptions } from "./retries.js";
import { withStepUp, type StepUpOptions } from "./stepUp.js";
import { authorization, type TokenProvider } from "./tokens.js";

type Schemas = components["schemas"];

export interface CustomersClientOptions {
  /** e.g. `http://localhost:8080/api` */
  baseUrl: string;
  clientId: string;
  tokens: TokenProvider;
  clientDetails?: () => string | undefined;
  retry?: RetryOptions;
  /** The transport; the global `fetch` by default. */
  fetch?: Send;
  /** For tests: the `uuid` of each attempt and the `Idempotency-Key` of each write. */
  newUuid?: () => string;
}

export interface CustomersClient {
  /** Every operation of the contract, typed from it; `ok(...)` turns an answer into its data or its typed error. */
  readonly api: Client<CustomersPaths>;
  /** The email step-up journey in one call; resolves to the customer's emails after the change. */
  updateEmails(change: Schemas["EmailUpdateRequest"], stepUp: StepUpOptions): Promise<Schemas["CustomerEmailResponse"]>;
  /** The phone-number step-up journey in one call; resolves to the customer's phone numbers after the change. */
  updatePhoneNumbers(change: Schemas["PhoneUpdateRequest"], stepUp: StepUpOptions): Promise<Schemas["CustomerPhoneResponse"]>;
}

/**
 * The client: openapi-fetch over the contract's types, sending through one pipeline, outermost first:
 * an idempotency key per write, retries, the bearer token, then the headers of each attempt.
 */
export function createCustomersClient(options: CustomersClientOptions): CustomersClient {
  const transport: Send = options.fetch ?? ((request) => fetch(request));
  const send = pipeline(
    transport,
    idempotencyKeys(options.newUuid),
    retries(options.retry),
    authorization(options.tokens),
    standardHeaders({ clientId: options.clientId, clientDetails: options.clientDetails, newUuid: options.newUuid }),
  );
  const api = createClient<CustomersPaths>({ baseUrl: options.baseUrl, fetch: send });
  return {
    api,
    updateEmails: (change, stepUp) =>
      withStepUp(
        api,
        () => api.PUT("/v1/customers/profiles/emails", { body: change }),
        (controlFlowId) => api.POST("/v1/customers/profiles/emails/confirmation", { body: { controlFlowId } }),
        stepUp,
      ),
    updatePhoneNumbers: (change, stepUp) =>
      withStepUp(
        api,
        () => api.PUT("/v1/customers/profiles/phoneNumbers", { body: change }),
        (controlFlowId) => api.POST("/v1/customers/profiles/phoneNumbers/confirmation", { body: { controlFlowId } }),
        stepUp,
      ),
  };
}
