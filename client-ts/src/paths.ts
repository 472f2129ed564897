import type { paths } from "./generated/schema.js";

/** The headers the pipeline sets on every request, so that no call has to pass them. */
export type PipelineHeader = "Authorization" | "uuid" | "Accept" | "client_id" | "Content-Type";

type RelaxedHeader<H> = Omit<H, PipelineHeader> & Partial<Pick<H, Extract<keyof H, PipelineHeader>>>;

type RelaxedParameters<P> = P extends { header: infer H }
  ? Omit<P, "header"> & { header?: RelaxedHeader<H> }
  : P;

type RelaxedOperation<O> = O extends { parameters: infer P } ? Omit<O, "parameters"> & { parameters: RelaxedParameters<P> } : O;

/** The contract's paths, with the headers the pipeline sets made optional in every operation. */
export type CustomersPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: RelaxedOperation<paths[Path][Method]> };
};
