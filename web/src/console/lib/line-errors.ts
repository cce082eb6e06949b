import { ApiError, field } from "./api";

export interface LineError {
  line: number;
  reason: string;
}

/**
 * The per-line problems the server lists when it refuses a whole file (`details.errors`): a knowledge import
 * (400 import_failed) or a batch of test questions (400 batch_invalid). Empty for any other error.
 */
export function lineErrors(error: unknown, code: "import_failed" | "batch_invalid"): LineError[] {
  if (!(error instanceof ApiError) || error.code !== code) return [];
  const list = field(error.details, "errors");
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const line = field(item, "line");
    const reason = field(item, "reason");
    return typeof line === "number" && typeof reason === "string" ? [{ line, reason }] : [];
  });
}
