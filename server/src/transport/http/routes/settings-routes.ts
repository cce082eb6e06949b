import { errorBodySchema } from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { agentVoiceSchema, updateAgentVoice } from "../../../app/settings/update-agent-voice.js";
import { updateHandoffMethod } from "../../../app/settings/update-handoff-method.js";
import { storeProfileSchema, updateStoreProfile } from "../../../app/settings/update-store-profile.js";
import { customMessageMaxLength } from "../../../domain/handoff-method.js";
import { requireStaff } from "../auth-guard.js";

const customText = z.string().trim().min(1).max(customMessageMaxLength);
export const handoffMethodSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("helpdesk"), destination: z.enum(["inbox", "zendesk", "gorgias"]) }).strict(),
  z.object({
    kind: z.literal("message"),
    /** One text per language (Markdown links allowed), and the default for any other language. */
    texts: z.record(z.string().regex(/^[a-z]{2}$/), customText).default({}),
    defaultText: customText,
  }).strict(),
]);

const settingsDto = z.object({
  storeName: z.string(), timezone: z.string(), allowedOrigins: z.array(z.string()),
  identityEnabled: z.boolean(), handoffMethod: handoffMethodSchema,
  agentVoice: z.object({ tone: z.enum(["neutral", "friendly", "formal"]), forbiddenPhrases: z.array(z.string()) }),
});
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema };

/** Admin settings: the store profile, the AI agent's voice and Settings → Agent handoff. */
export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("onRequest", requireStaff(deps, "admin"));
    const tags = ["settings"];
    const read = async () => {
      const s = await deps.settings();
      return { storeName: s.storeName, timezone: s.timezone, allowedOrigins: s.allowedOrigins, identityEnabled: s.identitySecret !== null, handoffMethod: s.handoffMethod, agentVoice: s.agentVoice };
    };

    app.get("/api/v1/admin/settings", { schema: { tags, response: { 200: settingsDto, ...errors } } }, read);

    app.put("/api/v1/admin/settings/store", {
      schema: { tags, body: storeProfileSchema.strict(), response: { 200: settingsDto, ...errors } },
    }, async (request) => {
      await updateStoreProfile(deps, request.body);
      return read();
    });

    app.put("/api/v1/admin/settings/handoff-method", {
      schema: { tags, summary: "Choose how conversations reach people; Zendesk/Gorgias need a verified integration",
        body: handoffMethodSchema, response: { 200: settingsDto, ...errors } },
    }, async (request) => {
      await updateHandoffMethod(deps, request.body);
      return read();
    });

    app.put("/api/v1/admin/settings/agent-voice", {
      schema: { tags, summary: "The language model answerer's tone and the phrases it must never use (the brand is the store name)",
        body: agentVoiceSchema.strict(), response: { 200: settingsDto, ...errors } },
    }, async (request) => {
      await updateAgentVoice(deps, request.body);
      return read();
    });
  };
}
