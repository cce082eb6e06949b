/**
 * Shared by the fault scenarios: shoppers chatting at a steady rate who remember every message the server
 * acknowledged (a 2xx with the message ids), and the check afterwards that each one is stored and answered.
 */
import { postJson, type Shopper } from "../src/bench/chat-load-client.js";
import { sleep } from "../src/bench/bench-stats.js";

export interface Acked {
  shopper: Shopper;
  /** The shopper's message and the replies the 2xx listed. */
  ids: string[];
}

function ids(body: unknown): string[] {
  const messages = body !== null && typeof body === "object" ? Reflect.get(body, "messages") : null;
  return Array.isArray(messages) ? messages.map((m: unknown) => String(m !== null && typeof m === "object" ? Reflect.get(m, "id") : "")) : [];
}

/** Sends `rate` messages a second round-robin until `stop()` resolves; returns what was acknowledged and what failed. */
export async function chatUntil(base: () => string, shoppers: Shopper[], rate: number, stop: Promise<void>) {
  const acked: Acked[] = [];
  let failed = 0;
  let sent = 0;
  let stopped = false;
  void stop.then(() => (stopped = true));
  const inFlight = new Set<Promise<void>>();
  while (!stopped) {
    const shopper = shoppers[sent++ % shoppers.length];
    if (!shopper) break;
    const call = postJson(`${base()}/api/v1/conversations/${shopper.id}/messages`, { text: `Is shipping free? (#${sent})` }, { authorization: `Bearer ${shopper.token}` })
      .then((res) => void (res.status >= 200 && res.status < 300 ? acked.push({ shopper, ids: ids(res.body) }) : failed++))
      .catch(() => void failed++);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
    await sleep(1000 / rate);
  }
  await Promise.all(inFlight);
  return { acked, failed, sent };
}

/** Reads each shopper's conversation afterwards: the acknowledged message ids that are missing. */
export async function missingAfterwards(base: string, acked: Acked[]): Promise<string[]> {
  const byShopper = new Map<Shopper, string[]>();
  for (const a of acked) byShopper.set(a.shopper, [...(byShopper.get(a.shopper) ?? []), ...a.ids]);
  const missing: string[] = [];
  for (const [shopper, wanted] of byShopper) {
    const res = await fetch(`${base}/api/v1/conversations/${shopper.id}`, { headers: { authorization: `Bearer ${shopper.token}` } });
    const stored = new Set(ids(await res.json()));
    missing.push(...wanted.filter((id) => !stored.has(id)));
  }
  return missing;
}

/** Every acknowledged turn listed at least one reply besides the shopper's message. */
export const unanswered = (acked: Acked[]) => acked.filter((a) => a.ids.length < 2).length;

export function verdict(scenario: string, pass: boolean, figures: Record<string, unknown>): void {
  console.log(JSON.stringify({ scenario, result: pass ? "PASS" : "FAIL", ...figures }));
  process.exitCode = pass ? 0 : 1;
}
