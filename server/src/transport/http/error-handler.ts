import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorCode, isAppError } from "../../domain/errors.js";
import { errorStatus } from "./error-status.js";

/** Fastify's own failures, by its error code, as ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid_json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid_json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "validation_failed",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "validation_failed",
  FST_ERR_VALIDATION: "validation_failed",
};

/**
 * Every error leaves as `{ error: { code, message, details? } }` with the status errorStatus gives its
 * code. Unknown errors are logged and answered as internal_error without their message (no leaks).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = toAppError(error);
    const status = errorStatus[appError.code];
    if (status >= 500) request.log.error({ err: error }, "unhandled error");
    const body = { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) };
    return reply.status(status).send({ error: body });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: "not_found", message: `No route for ${request.method} ${request.url.split("?")[0]}.` } }),
  );
}

function toAppError(error: FastifyError | AppError): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({ path: v.instancePath || "/", message: v.message ?? "invalid" }));
    const where = error.validationContext ?? "request";
    return new AppError("validation_failed", `The ${where} is not valid: ${details.map((d) => `${d.path} ${d.message}`).join("; ")}`, details);
  }
  if (error.statusCode === 429) return new AppError("rate_limited", "Too many requests: slow down and try again shortly.");
  if (isUnstorableText(error)) return new AppError("validation_failed", "The request contains text PostgreSQL cannot store (a NUL character, \\u0000).");
  const code = error.code ? fastifyCodes[error.code] : undefined;
  if (code) return new AppError(code, error.message);
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return new AppError("invalid_json", "The request body is not valid JSON.");
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode === 413 ? "payload_too_large" : "validation_failed", error.message);
  }
  return new AppError("internal_error", "Something went wrong on our side. It has been logged.");
}

/**
 * PostgreSQL refuses a NUL character in text (22021) and in JSON (22P05), on PGlite too: that is the
 * caller's input, not our failure. The statement fails inside its transaction, so nothing was stored.
 * https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
function isUnstorableText(error: unknown): boolean {
  const cause: unknown = error instanceof Error && error.cause ? error.cause : error;
  if (typeof cause !== "object" || cause === null || !("code" in cause)) return false;
  return cause.code === "22021" || cause.code === "22P05";
}
