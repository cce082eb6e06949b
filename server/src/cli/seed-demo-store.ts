import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createUser } from "../app/auth/create-user.js";
import { importKnowledge } from "../app/knowledge/import-knowledge.js";
import { settingsKeys } from "../app/settings/store-settings.js";
import type { Relevo } from "../main.js";

const demoKnowledge = path.join(path.dirname(fileURLToPath(import.meta.url)), "../demo/demo-store.jsonl");

export interface DemoLogin {
  role: "admin" | "agent";
  email: string;
  password: string;
}

/**
 * The demo store of `npm start`: a fictional shop's knowledge (EN/ES) and an admin and an agent. Logins
 * are generated once and kept in the data directory (mode 0600) so every start can print them.
 */
export async function seedDemoStore(relevo: Relevo): Promise<DemoLogin[]> {
  const { deps } = relevo;
  if ((await deps.uow.repos.knowledge.list()).length === 0) {
    await importKnowledge(deps, { fileName: "demo-store.jsonl", content: await readFile(demoKnowledge, "utf8") });
    await deps.uow.repos.settings.set(settingsKeys.store, { storeName: "Northwind Threads", timezone: "Europe/Madrid" });
    deps.events.publish({ type: "settings.changed" });
  }
  const loginsFile = path.join(relevo.config.dataDir, "demo-logins.json");
  const saved = await readFile(loginsFile, "utf8").then((t) => JSON.parse(t) as DemoLogin[]).catch(() => null);
  if (saved && (await deps.uow.repos.users.findByEmail(saved[0]?.email ?? ""))) return saved;
  const logins: DemoLogin[] = [
    { role: "admin", email: "admin@northwind.example", password: randomBytes(9).toString("base64url") },
    { role: "agent", email: "agent@northwind.example", password: randomBytes(9).toString("base64url") },
  ];
  for (const login of logins) {
    const existing = await deps.uow.repos.users.findByEmail(login.email);
    if (existing) await deps.uow.repos.users.update(existing.id, { disabled: true });
    const name = login.role === "admin" ? "Alex (admin)" : "Sam";
    if (!existing) await createUser(deps, { ...login, name });
  }
  await writeFile(loginsFile, JSON.stringify(logins, null, 2), { mode: 0o600 });
  return logins;
}
