import type { components } from "./generated/schema.js";
import { requestUuidOf } from "./headers.js";

export type ErrorModel = components["schemas"]["ErrorResponse"];
export type MoreInfo = components["schemas"]["MoreInfo"];

/** An error answer of the API, with its status, headers, the request's `uuid` and the parsed error model. */
export class CustomersApiError extends Error {
  readonly status: number;
  readonly headers: Headers;
  /** The `uuid` of the attempt that got this answer. */
  readonly requestUuid: string | undefined;
  /** The parsed error model; undefined when the body was not the API's `ErrorResponse`. */
  readonly errorModel: ErrorModel | undefined;

  constructor(response: Response, errorModel: ErrorModel | undefined) {
    super(`${response.status} ${errorModel?.code ?? response.statusText}${errorModel?.details ? `: ${errorModel.details}` : ""}`);
    this.name = new.target.name;
    this.status = response.status;
    this.headers = response.headers;
    this.requestUuid = requestUuidOf(response);
    this.errorModel = errorModel;
  }

  get type(): ErrorModel["type"] | undefined {
    return this.errorModel?.type;
  }
  get code(): string | undefined {
    return this.errorModel?.code;
  }
  get details(): string | undefined {
    return this.errorModel?.details;
  }
  get location(): string | undefined {
    return this.errorModel?.location;
  }
  get moreInfo(): MoreInfo | undefined {
    return this.errorModel?.moreInfo;
  }
}

/** 400: the request broke the contract; `location` names the header, parameter or field. */
export class BadRequestError extends CustomersApiError {}
/** 401, after the client dropped its token and replayed the call once with a fresh one. */
export class UnauthorizedError extends CustomersApiError {}
/** 403 `stepUpRequired`: the change is held until its one-time password is validated. */
export class StepUpRequiredError extends CustomersApiError {
  get controlFlowId(): string {
    return this.moreInfo?.controlFlowId ?? "";
  }
}
/** 403 for any other reason, e.g. `accessNotConfigured`. */
export class ForbiddenError extends CustomersApiError {}
export class NotFoundError extends CustomersApiError {}
/** 409: e.g. `idempotencyKeyInUse` when the retries ran out while the first request still runs. */
export class ConflictError extends CustomersApiError {}
/** 422: a business rule refused the request (e.g. a wrong one-time password, a reused idempotency key). */
export class BusinessRuleError extends CustomersApiError {}
/** 429, answered when the retries ran out or the server asked to wait longer than the client may. */
export class RateLimitedError extends CustomersApiError {
  /** The wait the server asked for (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined = retryAfterOf(this.headers, Date.now());
}
/** 502, 503, 504, answered when the retries ran out or the server asked to wait longer than the client may. */
export class UnavailableError extends CustomersApiError {
  readonly retryAfterMs: number | undefined = retryAfterOf(this.headers, Date.now());
}
export class ServerError extends CustomersApiError {}

/** No answer: the connection failed on every attempt the retries allowed. */
export class ConnectionError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "ConnectionError";
  }
}

/** The call's one deadline passed before an answer, across all attempts and waits. */
export class DeadlineExceededError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeadlineExceededError";
  }
}

/** The `Retry-After` header in milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function retryAfterOf(headers: Headers, now: number): number | undefined {
  const value = headers.get("Retry-After")?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+$/.test(value)) {
    return Number(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The typed error for an error answer, by meaning. */
export function errorFor(response: Response, body: unknown): CustomersApiError {
  const model = asErrorModel(body);
  switch (response.status) {
    case 400:
      return new BadRequestError(response, model);
    case 401:
      return new UnauthorizedError(response, model);
    case 403:
      return model?.code === "stepUpRequired" && model.moreInfo?.controlFlowId
        ? new StepUpRequiredError(response, model)
        : new ForbiddenError(response, model);
    case 404:
      return new NotFoundError(response, model);
    case 409:
      return new ConflictError(response, model);
    case 422:
      return new BusinessRuleError(response, model);
    case 429:
      return new RateLimitedError(response, model);
    case 502:
    case 503:
    case 504:
      return new UnavailableError(response, model);
    default:
      return response.status >= 500 ? new ServerError(response, model) : new CustomersApiError(response, model);
  }
}

function asErrorModel(body: unknown): ErrorModel | undefined {
  if (typeof body !== "object" || body === null) {
    return undefined;
  }
  const candidate = body as Partial<Record<keyof ErrorModel, unknown>>;
  return typeof candidate.type === "string" && typeof candidate.code === "string" ? (body as ErrorModel) : undefined;
}

/** What every openapi-fetch call resolves to. */
export type CallResult<T> = { data: T; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/** The data of the successful member of a call's result. */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * The data of a successful call, or its typed error thrown:
 * `const emails = await ok(api.GET("/v1/customers/profiles/emails"))`.
 */
export async function ok<R extends { data?: unknown; error?: unknown; response: Response }>(call: Promise<R>): Promise<DataOf<R>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) {
    throw errorFor(result.response, result.error);
  }
  return result.data as DataOf<R>;
}
