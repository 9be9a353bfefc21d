export { API_VERSION, Names, SDK_VERSION, type SDKOptions } from "./sdk.js";
export * as models from "./models/index.js";
export * as errors from "./errors.js";
export {
  RequestValidationError,
  ResponseValidationError,
  SDKBaseError,
  SDKConnectionError,
  SDKError,
  SDKTimeoutError,
} from "./errors.js";
export type { RequestOptions } from "./lib/runtime.js";
export type { BackoffStrategy, RetryConfig } from "./lib/retries.js";
export { RawResponse, type RawMethods } from "./lib/raw.js";
export type { Odd2SendOddRequest, Odd2SendOddBatchRequest } from "./odd2.js";
