import { z } from "zod";

/**
 * The public chat API, shared by the server (validation + OpenAPI) and every browser client.
 * Dates are ISO 8601 strings with offset.
 */
export const conversationStatusSchema = z.enum([
  "ai",
  "offering",
  "collecting_email",
  "handing_off",
  "queued",
  "with_agent",
  "ticketed",
  "resolved",
]);

export const visitorActionSchema = z.enum(["handoff.accept", "handoff.decline", "human.request", "email.decline"]);

export const citationSchema = z.object({
  knowledgeId: z.string(),
  title: z.string(),
  url: z.string().optional(),
});

export const messageSchema = z.object({
  id: z.string(),
  author: z.enum(["visitor", "ai", "agent", "system"]),
  authorName: z.string().nullable().optional(),
  text: z.string(),
  createdAt: z.string(),
  citations: z.array(citationSchema).optional(),
  actions: z.array(z.object({ type: visitorActionSchema, label: z.string() })).optional(),
});

export const conversationSchema = z.object({
  id: z.string(),
  status: conversationStatusSchema,
  locale: z.string(),
  identified: z.boolean(),
  /** Whether "talk to a person" is offered (a helpdesk method is active). */
  humanAvailable: z.boolean(),
  agentName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const localeSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2}([-_][a-zA-Z0-9]{2,8})?$/, "must be a language tag such as en or es-MX");

export const createConversationBodySchema = z
  .object({
    locale: localeSchema.optional(),
    /** A token the store's backend signed (HS256 JWT: email, profileId, name, exp). */
    identity: z.string().min(1).max(4096).optional(),
    pageUrl: z.url({ protocol: /^https?$/ }).max(2048).optional(),
  })
  .strict();

export const messageTextMaxLength = 4000;

export const postMessageBodySchema = z.union([
  z.object({ text: z.string().trim().min(1, "text must not be empty").max(messageTextMaxLength) }).strict(),
  z.object({ action: visitorActionSchema }).strict(),
]);

export const conversationWithMessagesSchema = z.object({
  conversation: conversationSchema,
  messages: z.array(messageSchema),
});

export const createdConversationSchema = conversationWithMessagesSchema.extend({ visitorToken: z.string() });

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** What the conversation's WebSocket pushes. */
export const conversationSocketEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message.created"), message: messageSchema }),
  z.object({ type: z.literal("conversation.updated"), conversation: conversationSchema }),
  z.object({ type: z.literal("typing"), author: z.enum(["ai", "agent"]), name: z.string().nullable().optional() }),
  // The AI's reply while it is generated (the whole text so far; "" withdraws it). Never stored: the turn's
  // message.created replaces it, and a reload shows only stored messages.
  z.object({ type: z.literal("draft"), draftId: z.string(), text: z.string() }),
  // Sent once the server listens for this conversation. What happened between the client's last read and
  // this frame was not pushed: the client reads the conversation again now, not when it opened the socket.
  z.object({ type: z.literal("ready") }),
]);

export type ConversationDto = z.infer<typeof conversationSchema>;
export type MessageDto = z.infer<typeof messageSchema>;
export type ConversationSocketEvent = z.infer<typeof conversationSocketEventSchema>;
export type PostMessageBody = z.infer<typeof postMessageBodySchema>;
export type CreateConversationBody = z.infer<typeof createConversationBodySchema>;
