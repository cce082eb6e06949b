import { emailSettingsBodySchema, emailSettingsViewSchema, errorBodySchema, inboxSettingsSchema } from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { loadEmailSettings, loadInboxSettings, updateEmailSettings, updateInboxSettings } from "../../../app/inbox/inbox-settings.js";
import { AppError } from "../../../domain/errors.js";
import { requireStaff } from "../auth-guard.js";
import { toInboxSettingsDto } from "../inbox-dto.js";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const tags = ["inbox settings"];

/** Admin settings of the Inbox: office hours, the auto-reply and office-hours messages, assignment, SMTP. */
export function inboxSettingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // onRequest, before body validation: an anonymous caller gets 401, not a 400 about their body.
    app.addHook("onRequest", requireStaff(deps, "admin"));

    app.get("/api/v1/admin/inbox-settings", { schema: { tags, response: { 200: inboxSettingsSchema, ...errors } } },
      async () => toInboxSettingsDto(await loadInboxSettings(deps.uow.repos)));

    app.put("/api/v1/admin/inbox-settings", {
      schema: { tags, summary: "Office hours, messages ({next} = when the team is back) and assignment", body: inboxSettingsSchema, response: { 200: inboxSettingsSchema, ...errors } },
    }, async (request) => toInboxSettingsDto(await updateInboxSettings(deps, request.body)));

    app.get("/api/v1/admin/email-settings", { schema: { tags, response: { 200: emailSettingsViewSchema, ...errors } } }, async () => {
      const smtp = await loadEmailSettings(deps);
      if (!smtp) throw new AppError("not_found", "No SMTP server is set up yet: PUT /api/v1/admin/email-settings.");
      const { password, ...shown } = smtp;
      return { ...shown, hasPassword: Boolean(password) };
    });

    app.put("/api/v1/admin/email-settings", {
      schema: { tags, summary: "SMTP server for replies to shoppers who left the chat (password is write-only)", body: emailSettingsBodySchema, response: { 200: emailSettingsViewSchema, ...errors } },
    }, async (request) => {
      const { password, ...shown } = await updateEmailSettings(deps, request.body);
      return { ...shown, hasPassword: Boolean(password) };
    });
  };
}
