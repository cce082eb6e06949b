import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * DESIGN §3: dependencies point transport → app → domain ← storage/agent/helpdesks. The composition root
 * (main.ts) is the one place that puts them together; everything else reaches agent/, storage/ and
 * helpdesks/ through ports in AppDeps.
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(src, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => path.join(folder, file));
}

/** The top-level folders of src/ that a file's relative imports land in. */
function importedFolders(file: string): string[] {
  const text = readFileSync(path.join(src, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1] ?? "");
  return specifiers.map((s) => path.relative(src, path.resolve(path.join(src, path.dirname(file)), s)).split(path.sep)[0] ?? "");
}

function offending(folder: string, forbidden: string[]): string[] {
  return sourceFiles(folder).flatMap((file) => importedFolders(file).filter((f) => forbidden.includes(f)).map((f) => `${file} → ${f}/`));
}

describe("the server's layers", () => {
  it("transport reaches the AI, storage and helpdesks only through the app's use cases and AppDeps", () => {
    expect(offending("transport", ["agent", "storage", "helpdesks", "cli"])).toEqual([]);
  });

  it("app use cases import no adapter (agent, storage, helpdesks) and no transport", () => {
    expect(offending("app", ["agent", "storage", "helpdesks", "transport", "cli"])).toEqual([]);
  });

  it("domain imports nothing outside domain/", () => {
    const outside = sourceFiles("domain").flatMap((file) => importedFolders(file).filter((f) => f !== "domain").map((f) => `${file} → ${f}`));
    expect(outside).toEqual([]);
  });
});
