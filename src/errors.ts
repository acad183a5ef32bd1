/** Typed, prefixed errors (graphology style): callers switch on `code`, users read `message`. */
export type DiplographErrorCode =
  | "DICTIONARY_INVALID"
  | "INPUT_REJECTED"
  | "MANIFEST_INVALID"
  | "NEO4J_FAILED"
  | "OUTPUT_FAILED"
  | "USAGE";

export class DiplographError extends Error {
  readonly code: DiplographErrorCode;
  constructor(code: DiplographErrorCode, message: string) {
    super(`diplograph: ${message}`);
    this.name = "DiplographError";
    this.code = code;
  }
}
