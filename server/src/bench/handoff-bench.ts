import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type FakeHelpdesk, startFakeHelpdesk } from "../../test/support/fake-helpdesk.js";
import { relevoBin, startRelevoServer } from "./bench-process.js";
import { mapLimit, percentile, round1, sleep } from "./bench-stats.js";
import { postJson } from "./chat-load-client.js";
import type { BenchLine } from "./run-benchmarks.js";

const admin = { email: "bench@relevo.test", password: "a long enough password" };
export const handoffGoal = { p99_ms: 1000, helpdesk_latency_ms: 100 };

/** Calls back with the time each ticket whose body mentions one of the watched emails reaches the fake helpdesk. */
function watchTickets(fake: FakeHelpdesk, onTicket: (body: string, at: number) => void): void {
  const push = fake.tickets.push.bind(fake.tickets);
  fake.tickets.push = (...tickets) => {
    for (const ticket of tickets) onTicket(JSON.stringify(ticket.body), performance.now());
    return push(...tickets);
  };
}

export async function addAdmin(env: Record<string, string>): Promise<void> {
  const args = [relevoBin, "user", "add", "--email", admin.email, "--name", "Bench", "--role", "admin", "--password", admin.password];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: "ignore" });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`relevo user add exited with ${code}`);
}

/** Logs in and makes Zendesk (the fake) the handoff destination. */
export async function useZendesk(base: string): Promise<void> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(admin) });
  const { csrfToken } = await login.json();
  const headers = { "content-type": "application/json", cookie: String(login.headers.get("set-cookie")).split(";")[0] ?? "", "x-csrf-token": String(csrfToken) };
  const put = (url: string, body: object) => fetch(`${base}${url}`, { method: "PUT", headers, body: JSON.stringify(body) });
  const connected = await put("/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "t" });
  const chosen = await put("/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "zendesk" });
  if (!connected.ok || !chosen.ok) throw new Error(`setting up Zendesk: ${connected.status} ${chosen.status}`);
}

/** A shopper who asked for a person and is now asked for their email. */
export async function shopperAwaitingEmail(base: string): Promise<{ id: string; token: string }> {
  const started = await postJson(`${base}/api/v1/conversations`, { locale: "en" });
  const body = JSON.stringify(started.body);
  const chat = { id: String(JSON.parse(body).conversation.id), token: String(JSON.parse(body).visitorToken) };
  await postJson(`${base}/api/v1/conversations/${chat.id}/messages`, { action: "human.request" }, { authorization: `Bearer ${chat.token}` });
  return chat;
}

/** Sends one request per item at `rate` a second; resolves when all have been sent. */
async function atRate<T>(items: T[], rate: number, send: (item: T, index: number) => void): Promise<void> {
  const started = performance.now();
  for (const [index, item] of items.entries()) {
    const due = started + (index * 1000) / rate;
    while (performance.now() < due) await sleep(Math.max(1, due - performance.now()));
    send(item, index);
  }
}

/**
 * Handoff delivery to a Zendesk that takes 100 ms a call: `count` shoppers give their email at `rate` a
 * second; time from that POST to the ticket existing at the helpdesk, handoffs delivered per second, and
 * tickets created more than once. Baseline: the same requests straight to the fake helpdesk.
 */
export async function benchHandoff(opts: { count: number; rate: number }): Promise<BenchLine> {
  const fake = await startFakeHelpdesk({ latencyMs: handoffGoal.helpdesk_latency_ms });
  const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-bench-handoff-"));
  const env = { RELEVO_DATA_DIR: dataDir, RELEVO_ZENDESK_BASE_URL: fake.url, SERVICES: "web,worker", RELEVO_DELIVERY_SWEEP_SECONDS: "5" };
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let tickets = 0;
  let lastTicket = 0;
  watchTickets(fake, (body, at) => {
    tickets++;
    for (const [email, emailSent] of sentAt) {
      if (!body.includes(email)) continue;
      latencies.push(at - emailSent);
      lastTicket = at;
      sentAt.delete(email);
    }
  });
  await addAdmin(env);
  const server = await startRelevoServer(env);
  try {
    await useZendesk(server.url);
    const chats = await mapLimit(Array.from({ length: opts.count }, (_, i) => i), 20, () => shopperAwaitingEmail(server.url));
    const run = Math.random().toString(36).slice(2, 8);
    const firstSent = performance.now();
    await atRate(chats, opts.rate, (chat, i) => {
      const email = `h${i}-${run}@bench.example`;
      sentAt.set(email, performance.now());
      void postJson(`${server.url}/api/v1/conversations/${chat.id}/messages`, { text: email }, { authorization: `Bearer ${chat.token}` });
    });
    const deadline = performance.now() + 60_000;
    while ((latencies.length < opts.count || tickets < opts.count) && performance.now() < deadline) await sleep(20);
    await sleep(2_000); // a late duplicate would show up here
    const created = tickets;
    const baseline = await directTickets(fake, opts);
    return {
      bench: "handoff_delivery", helpdesk_latency_ms: handoffGoal.helpdesk_latency_ms, handoffs: opts.count, offered_per_s: opts.rate,
      delivered: latencies.length, tickets_created: created, duplicates: created - latencies.length,
      handoffs_per_s: round1((latencies.length * 1000) / Math.max(1, lastTicket - firstSent)),
      p50_ms: round1(percentile(latencies, 0.5)), p99_ms: round1(percentile(latencies, 0.99)),
      baseline_direct_p50_ms: baseline.p50, baseline_direct_p99_ms: baseline.p99, goal_p99_ms: handoffGoal.p99_ms,
      meets_goal: latencies.length === opts.count && percentile(latencies, 0.99) <= handoffGoal.p99_ms,
    };
  } finally {
    await server.stop();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function directTickets(fake: FakeHelpdesk, opts: { count: number; rate: number }): Promise<{ count: number; p50: number; p99: number }> {
  const times: number[] = [];
  const pending: Promise<unknown>[] = [];
  await atRate(Array.from({ length: opts.count }), opts.rate, (_item, i) => {
    const started = performance.now();
    pending.push(postJson(`${fake.url}/api/v2/tickets`, { ticket: { subject: `direct ${i}` } }).then(() => times.push(performance.now() - started)));
  });
  await Promise.all(pending);
  return { count: opts.count, p50: round1(percentile(times, 0.5)), p99: round1(percentile(times, 0.99)) };
}
