import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The shopper's key to one conversation: 256 random bits, given to the shopper once; only its sha256 is
 * stored, so a database leak does not open conversations.
 */
export function newVisitorToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashVisitorToken(token) };
}

export function hashVisitorToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function visitorTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashVisitorToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
