// @ts-check
/**
 * The embedded database on its own thread (see pglite-thread.ts for why). Plain JavaScript on purpose:
 * a worker thread does not inherit the TypeScript loader that `bin/relevo.mjs` registers through tsx's
 * API, nor vitest's transform, so this file must run on bare Node. It only relays calls to PGlite.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

if (!parentPort) throw new Error("pglite-thread-worker.mjs runs as a worker thread");
const port = parentPort;
/** @type {{ dataDir: string | null }} */
const { dataDir } = workerData;
const pglite = dataDir ? new PGlite(dataDir, { extensions: { vector } }) : new PGlite({ extensions: { vector } });

/** Open transactions by id: the PGlite transaction object, and how to end it. */
/** @type {Map<number, { tx: import("@electric-sql/pglite").Transaction, end: (commit: boolean) => void, done: Promise<unknown> }>} */
const transactions = new Map();
let nextTransaction = 1;

/** @param {number} id @param {unknown} result */
const ok = (id, result) => port.postMessage({ id, ok: true, result });
/** @param {number} id @param {unknown} error */
const fail = (id, error) => port.postMessage({ id, ok: false, error: describeError(error) });

/** Error fields PostgreSQL reports (code, detail, constraint …) travel as data; the class does not. */
function describeError(/** @type {any} */ error) {
  const fields = {};
  if (error && typeof error === "object") {
    for (const key of ["code", "detail", "hint", "position", "schema", "table", "column", "dataType", "constraint", "severity", "where", "routine"]) {
      if (error[key] !== undefined) fields[key] = error[key];
    }
  }
  return { name: error?.name ?? "Error", message: error?.message ?? String(error), fields };
}

/** @type {Map<string, Record<number, (text: string) => string>>} */
const rawParsersByTypes = new Map();

/**
 * Types the caller parses itself (drizzle keeps timestamps as text): returned as PostgreSQL sent them.
 * Made once per set of types (drizzle always sends the same few), not on every query.
 */
function rawParsers(/** @type {number[] | undefined} */ types) {
  if (!types || types.length === 0) return undefined;
  const key = types.join(",");
  let parsers = rawParsersByTypes.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, (/** @type {string} */ text) => text]));
    rawParsersByTypes.set(key, parsers);
  }
  return parsers;
}

/** @param {any} message */
async function handle(message) {
  const { id, op } = message;
  const target = message.tx ? transactions.get(message.tx)?.tx : pglite;
  if (!target) return fail(id, new Error(`transaction ${message.tx} is not open`));
  switch (op) {
    case "ready":
      await pglite.waitReady;
      return ok(id, null);
    case "query": {
      const parsers = rawParsers(message.rawTypes);
      const options = { ...(message.rowMode ? { rowMode: message.rowMode } : {}), ...(parsers ? { parsers } : {}) };
      return ok(id, await target.query(message.text, message.params, options));
    }
    case "exec":
      return ok(id, await target.exec(message.text));
    case "begin": {
      const txId = nextTransaction++;
      /** @type {(commit: boolean) => void} */
      let end = () => {};
      const ended = new Promise((resolve) => (end = resolve));
      let begun = false;
      /** @type {Promise<unknown>} */
      let done = Promise.resolve();
      done = pglite.transaction(async (tx) => {
        // Runs once PGlite's lock is held and BEGIN ran, always after `done` is assigned.
        transactions.set(txId, { tx, end, done });
        begun = true;
        ok(id, txId);
        if (!(await ended)) await tx.rollback();
      });
      done
        .catch((error) => {
          if (!begun) fail(id, error);
        })
        .finally(() => transactions.delete(txId));
      return;
    }
    case "end": {
      const open = transactions.get(message.tx);
      if (!open) return fail(id, new Error(`transaction ${message.tx} is not open`));
      open.end(message.commit);
      await open.done;
      return ok(id, null);
    }
    case "close":
      await pglite.close();
      return ok(id, null);
    default:
      return fail(id, new Error(`unknown operation ${op}`));
  }
}

port.on("message", (message) => {
  handle(message).catch((error) => fail(message.id, error));
});
