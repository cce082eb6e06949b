import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Encrypts helpdesk credentials at rest (DESIGN §6) with AES-256-GCM (NIST SP 800-38D): a random 96-bit IV
 * per value (the size GCM is specified for) and a 128-bit authentication tag, so a modified or
 * wrongly-keyed value fails loudly instead of decrypting to garbage.
 *
 * Sealed format: "v1.<iv>.<tag>.<ciphertext>", each part base64url. The version prefix is also
 * authenticated (as AAD), so a future "v2" can change the scheme without ambiguity.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const version = "v1";
const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;

export class SecretBoxError extends Error {
  readonly code = "secret_box_failed";
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

/**
 * @example
 * const box = createSecretBox(await loadOrCreateKey({ dataDir: ".relevo-data" }));
 * const stored = box.seal(apiToken);   // "v1.…"
 * box.open(stored) === apiToken;       // true
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== keyBytes)
    throw new SecretBoxError(`the secret key must be ${keyBytes} bytes, got ${key.length}`);
  return {
    seal(plaintext) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: tagBytes });
      cipher.setAAD(Buffer.from(version));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [version, iv, cipher.getAuthTag(), ciphertext].map(encodePart).join(".");
    },
    open(sealed) {
      const [prefix, iv, tag, ciphertext] = parseSealed(sealed);
      const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: tagBytes });
      decipher.setAAD(Buffer.from(prefix));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError(
          "a sealed secret failed authentication: it was modified, or sealed with another key",
        );
      }
    },
  };
}

function encodePart(part: string | Buffer): string {
  return typeof part === "string" ? part : part.toString("base64url");
}

function parseSealed(sealed: string): [string, Buffer, Buffer, Buffer] {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== version) {
    throw new SecretBoxError(`not a sealed secret (expected "${version}.<iv>.<tag>.<ciphertext>")`);
  }
  const [prefix = "", iv = "", tag = "", ciphertext = ""] = parts;
  const decoded = [iv, tag, ciphertext].map((part) => Buffer.from(part, "base64url"));
  const [ivBuf = Buffer.alloc(0), tagBuf = Buffer.alloc(0), textBuf = Buffer.alloc(0)] = decoded;
  if (ivBuf.length !== ivBytes || tagBuf.length !== tagBytes) {
    throw new SecretBoxError("a sealed secret is damaged (wrong IV or tag length)");
  }
  return [prefix, ivBuf, tagBuf, textBuf];
}

export interface LoadKeyOptions {
  /** Base64 of 32 random bytes (e.g. `openssl rand -base64 32`), from config. Wins over the key file. */
  configuredKey?: string;
  /** Where `secret.key` is read from, or created on first start. */
  dataDir: string;
}

/**
 * Returns the configured key, or reads `<dataDir>/secret.key`, creating it (mode 0600) on first start.
 * Creation is atomic (write a temp file, then link it into place), so two processes starting together
 * agree on one key. An existing key file readable by group or others is refused: it unlocks every
 * stored helpdesk credential.
 */
export async function loadOrCreateKey(options: LoadKeyOptions): Promise<Buffer> {
  if (options.configuredKey !== undefined && options.configuredKey.trim() !== "") {
    return decodeKey(options.configuredKey, "the configured secret key");
  }
  const path = join(options.dataDir, "secret.key");
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  await createKeyFileIfMissing(path);
  await assertOwnerOnly(path);
  return decodeKey(await readFile(path, "utf8"), path);
}

async function createKeyFileIfMissing(path: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temp, `${randomBytes(keyBytes).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  await chmod(temp, 0o600); // in case the umask or filesystem ignored the mode
  try {
    await link(temp, path); // fails with EEXIST when another start got there first: keep theirs
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  } finally {
    await unlink(temp);
  }
}

async function assertOwnerOnly(path: string): Promise<void> {
  if (process.platform === "win32") return; // POSIX modes don't describe Windows ACLs
  const mode = (await stat(path)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new SecretBoxError(
      `${path} is readable by other users (mode ${mode.toString(8).padStart(4, "0")}); run: chmod 600 ${path}`,
    );
  }
}

function decodeKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, "base64");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || key.length !== keyBytes) {
    throw new SecretBoxError(
      `${source} must be base64 of ${keyBytes} bytes (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return key;
}
