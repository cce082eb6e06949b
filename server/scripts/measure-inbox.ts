/**
 * Measures the Inbox across two real Relevo processes on one PostgreSQL (bounded, prints JSON):
 * - latency from an agent's reply (HTTP on process B) to the shopper's socket (on process A) receiving it;
 * - how many shopper + agent sockets process A holds, its RSS before/after, and that one event reaches all.
 * Server memory is read from the child's /proc status, so the client sockets here do not count.
 *
 *   npx tsx scripts/measure-inbox.ts [replies=300] [shopperSockets=2000] [agentSockets=200]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createUser } from "../src/app/auth/create-user.js";
import { openDatabase } from "../src/storage/db.js";
import { createUnitOfWork } from "../src/storage/unit-of-work.js";
import { freePort } from "../test/e2e/support/relevo-server.js";
import { createPostgresDatabase } from "../test/support/test-db.js";
import { ofType, openTestSocket, type TestSocket } from "../test/support/ws-client.js";

const [replies = 300, shopperCount = 2000, agentCount = 200] = process.argv.slice(2).map(Number);
const bin = path.join(import.meta.dirname, "../bin/relevo.mjs");

const children: ChildProcess[] = [];
const progress = (step: string) => console.error(`measure-inbox: ${step}`);

function relevo(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: "error", ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return child;
}

async function startProcess(databaseUrl: string) {
  const port = await freePort();
  const child = relevo(["start"], { DATABASE_URL: databaseUrl, PORT: String(port), SERVICES: "web", RELEVO_PUBLIC_URL: `http://127.0.0.1:${port}`, RELEVO_DATA_DIR: await mkdtemp(path.join(tmpdir(), "relevo-measure-")) });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => String(chunk).includes("Relevo is running") && resolve());
    child.once("exit", (code) => reject(new Error(`relevo start exited with ${code}`)));
  });
  return { child, http: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}` };
}

const rssMb = async (pid: number | undefined) => Math.round(Number((await readFile(`/proc/${pid}/status`, "utf8")).match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);

async function post(base: string, route: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${route}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json(), cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
}

async function queuedConversation(base: string) {
  const started = await post(base, "/api/v1/conversations", { locale: "en" });
  const auth = { authorization: `Bearer ${started.body.visitorToken}` };
  await post(base, `/api/v1/conversations/${started.body.conversation.id}/messages`, { action: "human.request" }, auth);
  await post(base, `/api/v1/conversations/${started.body.conversation.id}/messages`, { text: "shopper@example.com" }, auth);
  return { id: String(started.body.conversation.id), token: String(started.body.visitorToken) };
}

/**
 * Shoppers come from many addresses; one address opening thousands of sockets would hit the per-address
 * limit of 600 requests a minute. Linux answers on all of 127.0.0.0/8, so each 100 sockets get their own.
 */
const fromAddress = (i: number) => `127.0.2.${1 + Math.floor(i / 100)}`;

const percentile = (sorted: number[], p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;

async function main() {
  const databaseUrl = await createPostgresDatabase("relevo_measure_inbox");
  const a = await startProcess(databaseUrl); // migrates
  const b = await startProcess(databaseUrl);
  const database = await openDatabase({ kind: "postgres", url: databaseUrl });
  await createUser({ uow: createUnitOfWork(database), newId: randomUUID, now: () => new Date() }, { email: "agent@relevo.test", name: "Marta", role: "agent", password: "correct horse battery" });
  await database.close();
  progress("processes up, agent added");
  const login = await post(b.http, "/api/v1/auth/login", { email: "agent@relevo.test", password: "correct horse battery" });
  const staff = { cookie: login.cookie, "x-csrf-token": String(login.body.csrfToken) };
  const chat = await queuedConversation(a.http);
  await post(b.http, `/api/v1/inbox/conversations/${chat.id}/claim`, {}, staff);
  const shopper = await openTestSocket(`${a.ws}/api/v1/conversations/${chat.id}/socket?token=${chat.token}`);

  const samples: number[] = [];
  for (let i = 0; i < replies; i++) {
    const text = `probe ${i}`;
    const arrivedAt = shopper.next((m) => m.type === "message.created" && JSON.stringify(m).includes(`"${text}"`), 10_000).then(() => performance.now());
    const t0 = performance.now();
    await post(b.http, `/api/v1/inbox/conversations/${chat.id}/messages`, { text }, staff);
    samples.push((await arrivedAt) - t0);
  }
  samples.sort((x, y) => x - y);
  progress(`${replies} replies timed`);

  const rssBefore = await rssMb(a.child.pid);
  const many = await queuedConversation(a.http);
  const sockets: TestSocket[] = [];
  for (let i = 0; i < shopperCount; i += 100) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, shopperCount - i) }, () => openTestSocket(`${a.ws}/api/v1/conversations/${many.id}/socket?token=${many.token}`, {}, { localAddress: fromAddress(i) })))));
  }
  const agents = await Promise.all(Array.from({ length: agentCount }, () => openTestSocket(`${a.ws}/api/v1/inbox/socket`, { cookie: login.cookie }, { localAddress: "127.0.1.1" })));
  await Promise.all(agents.map((s) => s.next(ofType("ready"), 30_000)));
  const open = [...sockets, ...agents].filter((s) => s.raw.readyState === s.raw.OPEN).length;
  const rssAfter = await rssMb(a.child.pid);
  progress(`${open} sockets open on process A`);
  const t0 = performance.now();
  const heard = Promise.all([...sockets, ...agents].map((s) => s.next((m) => m.type === "message.created" && JSON.stringify(m).includes("fan-out"), 30_000)));
  await post(b.http, `/api/v1/inbox/conversations/${many.id}/claim`, {}, staff);
  await post(b.http, `/api/v1/inbox/conversations/${many.id}/messages`, { text: "fan-out" }, staff);
  await heard;
  const fanOutMs = Math.round(performance.now() - t0);

  console.log(JSON.stringify({
    replyToShopperSocketMs: { n: replies, p50: percentile(samples, 50), p99: percentile(samples, 99), max: percentile(samples, 100) },
    processA: { shopperSockets: shopperCount, agentSockets: agentCount, open, rssMbBefore: rssBefore, rssMbWithSockets: rssAfter, kbPerSocket: Math.round(((rssAfter - rssBefore) * 1024) / (shopperCount + agentCount)), fanOutToAllMs: fanOutMs },
  }));
  for (const s of [shopper, ...sockets, ...agents]) s.raw.terminate();
}

// Bounded: whatever happens, the two servers are stopped and the script ends within 5 minutes.
const deadline = setTimeout(() => {
  progress("gave up after 5 minutes");
  process.exitCode = 1;
  for (const child of children) child.kill("SIGTERM");
  process.exit();
}, 5 * 60_000);
try {
  await main();
} finally {
  clearTimeout(deadline);
  for (const child of children) child.kill("SIGTERM");
}
process.exit();
