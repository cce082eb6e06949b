import type { IncomingMessage, ServerResponse } from "node:http";

/** How the fake's /v1/embeddings answers: a vector for each input text, or a scripted failure status. */
export type FakeEmbeddings = ((text: string) => number[]) | { status: number };

export interface FakeEmbeddingsRoute {
  /** Parsed request bodies of /v1/embeddings, in order. */
  requests: Array<{ model: string; input: string[] }>;
  set(answer: FakeEmbeddings): void;
  handle(req: IncomingMessage, res: ServerResponse, body: unknown): void;
}

/**
 * POST /v1/embeddings of the fake OpenAI server, shaped as in
 * https://platform.openai.com/docs/api-reference/embeddings/create: `{ model, input: string[] }` in,
 * `{ object: "list", data: [{ object: "embedding", index, embedding }], usage }` out. By default each text
 * becomes a bag of hashed words (texts sharing words are close); tests that need synonyms close give
 * their own function.
 */
export function createFakeEmbeddingsRoute(): FakeEmbeddingsRoute {
  let answer: FakeEmbeddings = hashedWords;
  const requests: FakeEmbeddingsRoute["requests"] = [];
  return {
    requests,
    set: (next) => {
      answer = next;
    },
    handle(_req, res, body) {
      const parsed = parseRequest(body);
      requests.push(parsed);
      if (typeof answer !== "function") {
        return void res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "scripted failure" } }));
      }
      const embed = answer;
      const data = parsed.input.map((text, index) => ({ object: "embedding", index, embedding: embed(text) }));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
        object: "list", data, model: parsed.model, usage: { prompt_tokens: parsed.input.length, total_tokens: parsed.input.length },
      }));
    },
  };
}

function parseRequest(body: unknown): { model: string; input: string[] } {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const input = Array.isArray(record.input) ? record.input.map(String) : [String(record.input ?? "")];
  return { model: String(record.model ?? ""), input };
}

const DIMENSIONS = 32;

/** Each lower-cased word adds 1 to one of 32 dimensions picked by a string hash. */
export function hashedWords(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    let hash = 0;
    for (const char of word) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
    vector[hash % DIMENSIONS] = (vector[hash % DIMENSIONS] ?? 0) + 1;
  }
  return vector;
}
