import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { workerTempDir } from "../../../test/support/temp-root.js";
import { type ThreadedPglite, startThreadedPglite } from "./pglite-thread.js";

/**
 * The relay to the database thread must keep PGlite's meaning: errors with their codes, transactions that
 * commit or roll back as a unit and hold other statements back, and the caller's own type parsers.
 * (The whole suite also runs through it: RELEVO_TEST_PGLITE_THREAD=true npx vitest run.)
 */
let db: ThreadedPglite;
beforeAll(async () => {
  db = startThreadedPglite(null);
  await db.waitReady;
  await db.exec("create table t (id int primary key, at timestamptz not null default now(), note text)");
});
afterAll(async () => {
  await db.close();
});

describe("PGlite on a worker thread", () => {
  it("answers queries with parameters, as objects or arrays", async () => {
    await db.query("insert into t (id, note) values ($1, $2)", [1, "one"]);
    const objects = await db.query<{ id: number; note: string }>("select id, note from t where id = $1", [1]);
    expect(objects.rows).toEqual([{ id: 1, note: "one" }]);
    const arrays = await db.query("select id, note from t where id = $1", [1], { rowMode: "array" });
    expect(arrays.rows).toEqual([[1, "one"]]);
  });

  it("applies the caller's parsers to columns of those types (they cannot cross threads)", async () => {
    const parsed = await db.query<{ at: string }>("select at from t where id = 1", [], { parsers: { 1184: (text: string) => `raw:${text}` } });
    expect(parsed.rows[0]?.at).toMatch(/^raw:\d{4}-\d\d-\d\d /);
    const plain = await db.query<{ at: unknown }>("select at from t where id = 1");
    expect(plain.rows[0]?.at).toBeInstanceOf(Date);
  });

  it("rejects with PostgreSQL's error code, and keeps working afterwards", async () => {
    const error = await db.query("insert into t (id) values (1)").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "23505", constraint: "t_pkey" });
    expect((await db.query("select count(*)::int as n from t")).rows).toEqual([{ n: 1 }]);
  });

  it("commits a transaction as a unit, and rolls all of it back when the callback throws", async () => {
    await db.transaction(async (tx) => {
      await tx.query("insert into t (id, note) values (10, 'a')");
      await tx.query("insert into t (id, note) values (11, 'b')");
    });
    const failed = await db
      .transaction(async (tx) => {
        await tx.query("insert into t (id, note) values (12, 'c')");
        throw new Error("use case failed");
      })
      .catch((e: unknown) => e);
    expect((failed as Error).message).toBe("use case failed");
    await db.transaction(async (tx) => {
      await tx.query("insert into t (id, note) values (13, 'd')");
      await tx.rollback();
    });
    const ids = (await db.query<{ id: number }>("select id from t where id >= 10 order by id")).rows.map((r) => r.id);
    expect(ids).toEqual([10, 11]);
  });

  it("holds other statements back while a transaction is open, as PGlite does in-process", async () => {
    const order: string[] = [];
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const tx = db.transaction(async (t) => {
      await t.query("insert into t (id, note) values (20, 'tx')");
      inside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push("transaction done");
    });
    await entered;
    const outside = db.query("select count(*)::int as n from t where id = 20").then((r) => {
      order.push("outside query");
      return r.rows;
    });
    await tx;
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(["transaction done", "outside query"]);
  });

  it("rejects the calls in flight and every later one when the thread dies, and says why once", async () => {
    // A thread that starts, then dies on its first query (as an out-of-memory abort would end it).
    const dir = workerTempDir("pglite-thread");
    await mkdir(dir, { recursive: true });
    const script = path.join(dir, "dying-thread.mjs");
    await writeFile(script, `import { parentPort } from "node:worker_threads";
parentPort.on("message", (m) => (m.op === "ready" ? parentPort.postMessage({ id: m.id, ok: true, result: null }) : process.exit(3)));`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const dying = startThreadedPglite(null, pathToFileURL(script));
      await dying.waitReady;
      await expect(dying.query("select 1")).rejects.toThrow("the database thread stopped (exit code 3)");
      await expect(dying.transaction(async (tx) => tx.query("select 1"))).rejects.toThrow("the database thread stopped (exit code 3)");
      expect(logged.mock.calls).toEqual([["relevo: the embedded database thread stopped: the database thread stopped (exit code 3)"]]);
      await dying.close();
    } finally {
      logged.mockRestore();
    }
  });

  it("fails calls clearly once closed", async () => {
    const other = startThreadedPglite(null);
    await other.waitReady;
    await other.close();
    await expect(other.query("select 1")).rejects.toThrow(/database thread stopped/);
  });
});
