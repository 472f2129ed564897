import type { Client } from "openapi-fetch";
import type { components } from "./generated/schema.js";
import { ok, StepUpRequiredError, type DataOf } from "./errors.js";
import type { CustomersPaths } from "./paths.js";

export type OtpDeliveryOption = components["schemas"]["OtpDeliveryOption"];
export type OtpSent = components["schemas"]["OtpSendResponse"];

type Answer = { data?: unknown; error?: unknown; response: Response };

export interface StepUpOptions {
  /** Where the one-time password goes: the customer's preferred mobile (`SMS`) or email address (`EMAIL`). */
  channel: OtpDeliveryOption;
  /** Asks the customer for the password just sent (e.g. a form), and resolves to what they typed. */
  password: (sent: OtpSent) => Promise<string>;
}

/**
 * The step-up journey in one call: sends the change; when the server holds it for a one-time password
 * (403 `stepUpRequired`), sends the password on the chosen channel, validates what `password` supplies,
 * confirms the control flow and returns the confirmed resource. A change that needs no step-up returns at
 * once. A wrong password, an expired or locked flow come back as the typed errors of `./errors`.
 */
export async function withStepUp<Changed extends Answer, Confirmed extends Answer>(
  api: Client<CustomersPaths>,
  change: () => Promise<Changed>,
  confirm: (controlFlowId: string) => Promise<Confirmed>,
  options: StepUpOptions,
): Promise<DataOf<Changed> | DataOf<Confirmed>> {
  let controlFlowId: string;
  try {
    return await ok(change());
  } catch (error) {
    if (!(error instanceof StepUpRequiredError)) {
      throw error;
    }
    controlFlowId = error.controlFlowId;
  }
  const sent = await ok(api.POST("/v1/mfa/otp", { body: { controlFlowId, otpDeliveryOption: options.channel } }));
  const otpToken = await options.password(sent);
  await ok(api.PUT("/v1/mfa/otp", { body: { controlFlowId, otpToken } }));
  return ok(confirm(controlFlowId));
}
