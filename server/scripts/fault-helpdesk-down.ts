/**
 * Fault: the helpdesk is down for minutes (every call answers 503), then back. Every handoff made during
 * the outage must end up as exactly one ticket, and be marked delivered.
 *
 *   npx tsx scripts/fault-helpdesk-down.ts [downSeconds=120] [handoffs=20]
 *
 * Bounded: waits at most downSeconds + 6 minutes (the delivery backoff is capped at 5 minutes).
 */
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakeHelpdesk } from "../test/support/fake-helpdesk.js";
import { startRelevoServer } from "../src/bench/bench-process.js";
import { mapLimit, sleep } from "../src/bench/bench-stats.js";
import { postJson } from "../src/bench/chat-load-client.js";
import { addAdmin, shopperAwaitingEmail, useZendesk } from "../src/bench/handoff-bench.js";
import { verdict } from "./fault-chat-load.js";

const [downSeconds = 120, count = 20] = process.argv.slice(2).map(Number);
const fake = await startFakeHelpdesk();
let down = false;
// The outage sits in front of the fake: while down, every call gets 503 and never reaches it.
const gate = createServer((req, res) => {
  if (down) return void res.writeHead(503, { "content-type": "application/json" }).end('{"error":"Service Unavailable"}');
  const target = new URL(fake.url);
  const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  req.pipe(upstream);
});
await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
const gateAddress: AddressInfo | string | null = gate.address();
if (!gateAddress || typeof gateAddress === "string") throw new Error("gate is not listening on TCP");
const gateUrl = `http://127.0.0.1:${gateAddress.port}`;
const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-fault-helpdesk-"));
const env = { RELEVO_DATA_DIR: dataDir, RELEVO_ZENDESK_BASE_URL: gateUrl, SERVICES: "web,worker", RELEVO_DELIVERY_SWEEP_SECONDS: "5" };
await addAdmin(env);
const server = await startRelevoServer(env);
try {
  await useZendesk(server.url); // verified while the helpdesk is up
  const chats = await mapLimit(Array.from({ length: count }, (_, i) => i), 10, () => shopperAwaitingEmail(server.url));
  down = true;
  const emails = chats.map((_, i) => `down${i}@fault.example`);
  await mapLimit(chats, 10, (chat, i) => postJson(`${server.url}/api/v1/conversations/${chat.id}/messages`, { text: emails[i] }, { authorization: `Bearer ${chat.token}` }));
  await sleep(downSeconds * 1000);
  down = false;
  const upAt = Date.now();
  const ticketsFor = (email: string) => fake.tickets.filter((t) => JSON.stringify(t.body).includes(email)).length;
  while (emails.some((e) => ticketsFor(e) === 0) && Date.now() - upAt < 6 * 60_000) await sleep(1_000);
  await sleep(10_000); // a late duplicate would appear here
  const perEmail = emails.map(ticketsFor);
  verdict("helpdesk down (503) for minutes, then back", perEmail.every((n) => n === 1), {
    down_seconds: downSeconds, handoffs: count, tickets: fake.tickets.length, missing: perEmail.filter((n) => n === 0).length,
    duplicated: perEmail.filter((n) => n > 1).length, seconds_after_recovery_until_all_delivered: Math.round((Date.now() - upAt) / 1000) - 10,
  });
} finally {
  await server.stop();
  gate.close();
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
}
