import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createFakeEmbeddingsRoute, type FakeEmbeddings } from "./fake-openai-embeddings.js";

/** One scripted reply of the fake server, used in order; the last one repeats. */
export type FakeReply =
  | { kind: "json"; content: unknown }
  | { kind: "text"; content: string }
  | { kind: "slow"; ms: number; content: unknown }
  /** `content` as JSON, `chunkSize` characters per server-sent event, `chunkDelayMs` apart (streamed requests). */
  | { kind: "stream"; content: unknown; chunkSize: number; chunkDelayMs: number }
  | { kind: "status"; status: number }
  | { kind: "malformed_body" };

export interface FakeOpenAi {
  /** The base URL to configure, ending in /v1. */
  baseUrl: string;
  /** Parsed request bodies of /v1/chat/completions, in order. */
  requests: Array<Record<string, unknown>>;
  /** Authorization headers received. */
  authorizations: Array<string | undefined>;
  script(...replies: FakeReply[]): void;
  /**
   * Answers requests by their content: `answer(body)` returns the reply, or null to use the script.
   * For tests where several kinds of calls (answers, summaries, translations) share one server.
   */
  route(answer: ((body: Record<string, unknown>) => FakeReply | null) | null): void;
  close(): Promise<void>;
  /** Parsed request bodies of /v1/embeddings, in order. */
  embeddingRequests: Array<{ model: string; input: string[] }>;
  /** How /v1/embeddings answers (fake-openai-embeddings.ts); by default a bag of hashed words. */
  embeddings(answer: FakeEmbeddings): void;
}

/**
 * A local OpenAI-compatible server (POST /v1/chat/completions) with scripted replies, shaped as in
 * https://platform.openai.com/docs/api-reference/chat/object — or, for a request with `stream: true`, as
 * server-sent `chat.completion.chunk` events ending in `data: [DONE]`
 * (https://platform.openai.com/docs/api-reference/chat-streaming). Every reply kind answers both ways.
 *
 * @example
 * const fake = await startFakeOpenAi();
 * fake.script({ kind: "json", content: { answerable: true, answer: "…", usedIds: ["returns"], language: "en" } });
 */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let replies: FakeReply[] = [{ kind: "text", content: "OK" }];
  let router: ((body: Record<string, unknown>) => FakeReply | null) | null = null;
  const requests: Array<Record<string, unknown>> = [];
  const authorizations: Array<string | undefined> = [];
  const embeddings = createFakeEmbeddingsRoute();
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "POST" && req.url === "/v1/embeddings") return embeddings.handle(req, res, JSON.parse(await readBody(req)));
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") return void res.writeHead(404).end();
    const body: unknown = JSON.parse(await readBody(req));
    requests.push(typeof body === "object" && body !== null ? { ...body } : {});
    authorizations.push(req.headers.authorization);
    const routed = router && isObject(body) ? router(body) : null;
    const reply = routed ?? (replies.length > 1 ? (replies.shift() ?? replies[0]) : replies[0]);
    const next = reply ?? { kind: "status", status: 500 };
    await (isObject(body) && body.stream === true ? respondStreaming(res, next) : respond(res, next));
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake OpenAI server has no TCP address");
  const { port } = address;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    authorizations,
    script: (...next) => {
      replies = next;
    },
    route: (answer) => {
      router = answer;
    },
    embeddingRequests: embeddings.requests,
    embeddings: embeddings.set,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function respond(res: ServerResponse, reply: FakeReply): Promise<void> {
  if (reply.kind === "status") return void res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "scripted failure" } }));
  if (reply.kind === "malformed_body") return void res.writeHead(200, { "content-type": "application/json" }).end("{\"choices\": [");
  if (reply.kind === "slow") await sleep(reply.ms);
  if (res.destroyed) return;
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion(contentOf(reply))));
}

async function respondStreaming(res: ServerResponse, reply: FakeReply): Promise<void> {
  if (reply.kind === "status") return respond(res, reply);
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  if (reply.kind === "malformed_body") return void res.end("data: {\"choices\": [\n\n");
  if (reply.kind === "slow") await sleep(reply.ms);
  const content = contentOf(reply);
  const size = reply.kind === "stream" ? reply.chunkSize : content.length;
  const send = (delta: object, finish: string | null) => res.write(`data: ${JSON.stringify(chunk(delta, finish))}\n\n`);
  send({ role: "assistant", content: "" }, null);
  for (let i = 0; i < content.length; i += size) {
    if (reply.kind === "stream" && i > 0) await sleep(reply.chunkDelayMs);
    if (res.destroyed) return;
    send({ content: content.slice(i, i + size) }, null);
  }
  send({}, "stop");
  res.end("data: [DONE]\n\n");
}

function contentOf(reply: Exclude<FakeReply, { kind: "status" | "malformed_body" }>): string {
  return reply.kind === "text" ? reply.content : JSON.stringify(reply.content);
}

function chunk(delta: object, finishReason: string | null): unknown {
  return {
    id: "chatcmpl-fake", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: "fake-model",
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function completion(content: string): unknown {
  return {
    id: "chatcmpl-fake", object: "chat.completion", created: Math.floor(Date.now() / 1000), model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
