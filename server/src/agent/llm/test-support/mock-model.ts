import { simulateReadableStream } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import type { KnowledgeEntry } from "../../../domain/knowledge.js";

// Derived from the mock rather than imported from @ai-sdk/provider, which is not a direct dependency.
type CallOptions = Parameters<MockLanguageModelV3["doGenerate"]>[0];
type GenerateResult = Awaited<ReturnType<MockLanguageModelV3["doGenerate"]>>;
type StreamPart = Awaited<ReturnType<MockLanguageModelV3["doStream"]>>["stream"] extends ReadableStream<infer P> ? P : never;

export const faq = (id: string, lang: string, question: string, answer: string): KnowledgeEntry => ({
  id, kind: "faq", lang, question, alternates: [], answer, url: `https://shop.example/${id}`,
});

export const knowledge: KnowledgeEntry[] = [
  faq("returns", "en", "How long do I have to return an item?", "You can return unworn items within 30 days."),
  faq("shipping-abroad", "en", "Do you ship internationally?", "We ship to the US, Canada, Mexico and Europe."),
  faq("delivery-time-es", "es", "¿Cuánto tarda en llegar mi pedido?", "De 3 a 5 días hábiles."),
];

/** A generate result whose text is `json` (the shape MockLanguageModelV3 returns, per @ai-sdk/provider v3). */
export function textResult(json: unknown): GenerateResult {
  return {
    content: [{ type: "text", text: typeof json === "string" ? json : JSON.stringify(json) }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: {
      inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 10, text: 10, reasoning: undefined },
    },
    warnings: [],
  };
}

/** The prompt as one string: system, then the user's data. */
export function promptText(options: CallOptions): string {
  return options.prompt
    .map((message) => (typeof message.content === "string" ? message.content : message.content.map((part) => ("text" in part ? part.text : "")).join("")))
    .join("\n");
}

/** A mock model that replies with `reply(prompt)` for every call. */
export function mockModel(reply: (prompt: string) => unknown): MockLanguageModelV3 {
  return new MockLanguageModelV3({ doGenerate: async (options) => textResult(reply(promptText(options))) });
}

/**
 * A mock model that streams `json` (stringified) in chunks of `chunkSize` characters, `chunkDelayInMs`
 * apart — the stream parts of @ai-sdk/provider v3 (stream-start, text-delta …, finish).
 */
export function streamingMockModel(json: unknown, opts: { chunkSize?: number; chunkDelayInMs?: number } = {}): MockLanguageModelV3 {
  const text = typeof json === "string" ? json : JSON.stringify(json);
  const size = opts.chunkSize ?? 6;
  const deltas: string[] = [];
  for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
  const { usage, finishReason } = textResult("");
  return new MockLanguageModelV3({
    doStream: async () => ({
      stream: simulateReadableStream<StreamPart>({
        chunkDelayInMs: opts.chunkDelayInMs ?? 0,
        chunks: [
          { type: "stream-start", warnings: [] },
          { type: "text-start", id: "t" },
          ...deltas.map((delta): StreamPart => ({ type: "text-delta", id: "t", delta })),
          { type: "text-end", id: "t" },
          { type: "finish", finishReason, usage },
        ],
      }),
    }),
  });
}
