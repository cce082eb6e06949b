import { Agent, request } from "node:http";
import WebSocket from "ws";
import { mapLimit, percentile, round1, sleep } from "./bench-stats.js";

/** One simulated shopper: their conversation, its open socket, and when their unanswered message left. */
export interface Shopper {
  id: string;
  token: string;
  socket: WebSocket;
  pendingSince: number | null;
  onReply: ((ms: number) => void) | null;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });
let addressCounter = 0;
/** A distinct client address per request: Relevo limits requests per address, and real shoppers have many. */
const nextAddress = () => {
  const n = ++addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** POSTs JSON over a keep-alive connection; resolves with the status and parsed body (null when not JSON). */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "x-forwarded-for": nextAddress(), ...headers },
    }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: safeJson(text) }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end(payload);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = current !== null && typeof current === "object" ? Reflect.get(current, key) : undefined;
  return current;
}

/** Starts a conversation and opens its socket; the shopper records a reply's latency when one arrives. */
async function connectShopper(base: string): Promise<Shopper> {
  const started = await postJson(`${base}/api/v1/conversations`, { locale: "en" });
  const id = String(field(started.body, "conversation", "id"));
  const token = String(field(started.body, "visitorToken"));
  if (started.status !== 201) throw new Error(`starting a conversation: ${started.status} ${JSON.stringify(started.body)}`);
  const socket = new WebSocket(`${base.replace("http", "ws")}/api/v1/conversations/${id}/socket?token=${encodeURIComponent(token)}`, { headers: { "x-forwarded-for": nextAddress() } });
  const shopper: Shopper = { id, token, socket, pendingSince: null, onReply: null };
  socket.on("message", (data) => {
    if (shopper.pendingSince === null) return;
    const event = safeJson(String(data));
    if (field(event, "type") !== "message.created" || field(event, "message", "author") === "visitor") return;
    const ms = performance.now() - shopper.pendingSince;
    shopper.pendingSince = null;
    shopper.onReply?.(ms);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
    socket.once("close", (code) => reject(new Error(`socket closed ${code}`)));
  });
  return shopper;
}

/** Connects `count` shoppers, at most 50 handshakes at a time; one retry, for a pooled connection the server closed while idle. */
export function connectShoppers(base: string, count: number): Promise<Shopper[]> {
  return mapLimit(Array.from({ length: count }, (_, i) => i), 50, () => connectShopper(base).catch(() => connectShopper(base)));
}

export function disconnectShoppers(shoppers: Shopper[]): void {
  for (const shopper of shoppers) shopper.socket.terminate();
}

/** Questions the demo store's knowledge answers, so every turn is a full retrieval and an AI reply. */
const questions = ["How long does shipping take?", "When will my order arrive?", "Is shipping free?", "What does US shipping cost?"];

export interface StepResult {
  offered_per_s: number;
  achieved_per_s: number;
  sent: number;
  answered: number;
  errors: number;
  /** Sends skipped because every shopper was still waiting for a reply (the server fell behind). */
  skipped: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

/**
 * Offers `rate` messages a second for `durationMs`, each from a shopper with no reply pending, then waits
 * up to 3 s for the last replies. Latency: from the POST leaving to the reply arriving on the shopper's socket.
 */
export async function runStep(base: string, shoppers: Shopper[], rate: number, durationMs: number): Promise<StepResult> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let skipped = 0;
  let cursor = 0;
  for (const s of shoppers) s.onReply = (ms) => latencies.push(ms);
  const send = (shopper: Shopper) => {
    shopper.pendingSince = performance.now();
    sent++;
    const text = questions[sent % questions.length];
    postJson(`${base}/api/v1/conversations/${shopper.id}/messages`, { text }, { authorization: `Bearer ${shopper.token}` })
      .then((res) => res.status === 200 || fail(shopper))
      .catch(() => fail(shopper));
  };
  const fail = (shopper: Shopper) => {
    errors++;
    shopper.pendingSince = null;
  };
  const idle = () => {
    for (let tried = 0; tried < shoppers.length; tried++) {
      const shopper = shoppers[cursor++ % shoppers.length];
      if (shopper && shopper.pendingSince === null) return shopper;
    }
    return null;
  };
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    const due = Math.floor((rate * (performance.now() - started)) / 1000) - sent - skipped;
    for (let i = 0; i < due; i++) {
      const shopper = idle();
      if (shopper) send(shopper);
      else skipped++;
    }
    await sleep(5);
  }
  const elapsed = performance.now() - started;
  const drainUntil = performance.now() + 3_000;
  while (shoppers.some((s) => s.pendingSince !== null) && performance.now() < drainUntil) await sleep(10);
  for (const s of shoppers) s.pendingSince = null;
  return {
    offered_per_s: rate, achieved_per_s: round1((latencies.length * 1000) / elapsed), sent, answered: latencies.length, errors, skipped,
    p50_ms: round1(percentile(latencies, 0.5)), p99_ms: round1(percentile(latencies, 0.99)), max_ms: round1(percentile(latencies, 1)),
  };
}
