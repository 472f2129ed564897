export { createCustomersClient, type CustomersClient, type CustomersClientOptions } from "./client.js";
export {
  BadRequestError,
  BusinessRuleError,
  ConflictError,
  ConnectionError,
  CustomersApiError,
  DeadlineExceededError,
  ForbiddenError,
  NotFoundError,
  ok,
  RateLimitedError,
  ServerError,
  StepUpRequiredError,
  UnauthorizedError,
  UnavailableError,
  type CallResult,
  type DataOf,
  type ErrorModel,
  type MoreInfo,
} from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export type { CustomersPaths } from "./paths.js";
export type { Policy, Send } from "./pipeline.js";
export type { RetryOptions } from "./retries.js";
export { withStepUp, type OtpDeliveryOption, type OtpSent, type StepUpOptions } from "./stepUp.js";
export type { Clock, Sleeper } from "./time.js";
export { ClientCredentialsTokenProvider, tokenSupplier, type ClientCredentialsOptions, type TokenProvider } from "./tokens.js";
