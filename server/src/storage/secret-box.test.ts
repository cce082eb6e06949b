import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSecretBox, loadOrCreateKey } from "./secret-box.js";

describe("createSecretBox", () => {
  const box = createSecretBox(randomBytes(32));

  it("opens what it sealed, for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(box.open(box.seal(text))).toBe(text);
      }),
    );
  });

  it("seals the same text differently every time (random IV) and never shows the plaintext", () => {
    const token = "zd-api-token-1234567890";
    const [a, b] = [box.seal(token), box.seal(token)];
    expect(a).not.toBe(b);
    expect(a).not.toContain(token);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("refuses a sealed value whose ciphertext, tag or IV was modified", () => {
    const sealed = box.seal("secret");
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const tampered = [...parts];
      const bytes = Buffer.from(tampered[index] ?? "", "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      tampered[index] = bytes.toString("base64url");
      expect(() => box.open(tampered.join("."))).toThrow(/failed authentication|damaged/);
    }
  });

  it("refuses a value sealed with another key", () => {
    const other = createSecretBox(randomBytes(32));
    expect(() => box.open(other.seal("secret"))).toThrow(/failed authentication/);
  });

  it("refuses values that are not in the sealed format, and keys of the wrong size", () => {
    expect(() => box.open("plain text")).toThrow(/not a sealed secret/);
    expect(() => box.open(box.seal("x").replace(/^v1/, "v2"))).toThrow(/not a sealed secret/);
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe("loadOrCreateKey", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "relevo-secret-box-"));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("creates <dataDir>/secret.key once, readable only by its owner, and returns the same key afterwards", async () => {
    const first = await loadOrCreateKey({ dataDir });
    const second = await loadOrCreateKey({ dataDir });
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    const file = join(dataDir, "secret.key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, "utf8")).trim(), "base64").equals(first)).toBe(true);
  });

  it("agrees on one key when several starts race to create it", async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKey({ dataDir })));
    expect(new Set(keys.map((key) => key.toString("base64"))).size).toBe(1);
  });

  it("creates the data directory when it does not exist yet", async () => {
    const key = await loadOrCreateKey({ dataDir: join(dataDir, "nested", "data") });
    expect(key).toHaveLength(32);
  });

  it("refuses an existing key file that group or others can read", async () => {
    const file = join(dataDir, "secret.key");
    await writeFile(file, randomBytes(32).toString("base64"));
    await chmod(file, 0o644);
    await expect(loadOrCreateKey({ dataDir })).rejects.toThrow(
      /readable by other users \(mode 0644\).*chmod 600/,
    );
  });

  it("uses the configured key instead of the file, and rejects one that is not 32 bytes of base64", async () => {
    const configured = randomBytes(32);
    const key = await loadOrCreateKey({ configuredKey: configured.toString("base64"), dataDir });
    expect(key.equals(configured)).toBe(true);
    await expect(stat(join(dataDir, "secret.key"))).rejects.toThrow(/ENOENT/);
    await expect(loadOrCreateKey({ configuredKey: "c2hvcnQ=", dataDir })).rejects.toThrow(
      /base64 of 32 bytes/,
    );
    await expect(loadOrCreateKey({ configuredKey: "not base64 at all!", dataDir })).rejects.toThrow(
      /base64 of 32 bytes/,
    );
  });
});
