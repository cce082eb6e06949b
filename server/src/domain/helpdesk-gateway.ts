import type { HandoffPacket } from "./handoff-packet.js";

/** Credentials of the helpdesks Relevo can create tickets in; sealed at rest (storage/secret-box.ts). */
export type HelpdeskCredentials =
  | { kind: "zendesk"; subdomain: string; email: string; apiToken: string }
  | { kind: "gorgias"; domain: string; email: string; apiKey: string };

export type HelpdeskKind = HelpdeskCredentials["kind"];

/** Why a call to a helpdesk failed: retrying may help (429, 5xx, timeouts) or cannot (bad credentials, 4xx). */
export type HelpdeskFailure =
  | { kind: "retryable"; message: string; retryAfterMs: number | null }
  | { kind: "permanent"; message: string };

export type HelpdeskResult<T> = { ok: true; value: T } | { ok: false; failure: HelpdeskFailure };

/**
 * The app's view of the helpdesks (implemented in helpdesks/ over the Zendesk and Gorgias clients).
 * Results instead of exceptions: every caller must decide what a failure means.
 */
export interface HelpdeskGateway {
  verify(credentials: HelpdeskCredentials): Promise<HelpdeskResult<{ accountLabel: string }>>;
  createTicket(credentials: HelpdeskCredentials, packet: HandoffPacket): Promise<HelpdeskResult<{ externalId: string; url: string | null }>>;
}

/** Seals and opens credentials; the key comes from config or the data directory (mode 0600). */
export interface CredentialVault {
  seal(credentials: HelpdeskCredentials): string;
  open(sealed: string): HelpdeskCredentials;
}
