import type { HelpdeskCredentials, HelpdeskGateway, HelpdeskResult } from "../domain/helpdesk-gateway.js";
import { createGorgiasClient } from "./gorgias/gorgias-client.js";
import { type HelpdeskClient, isHelpdeskError } from "./helpdesk-port.js";
import { createZendeskClient } from "./zendesk/zendesk-client.js";

export interface GatewayOptions {
  /** Base URL overrides (tests point them at Prism or the fake helpdesk). */
  zendeskBaseUrl: string | null;
  gorgiasBaseUrl: string | null;
  timeoutMs: number;
}

/** The HelpdeskGateway over the real clients: one client per call, built from the stored credentials. */
export function createHelpdeskGateway(options: GatewayOptions): HelpdeskGateway {
  const clientFor = (c: HelpdeskCredentials): HelpdeskClient =>
    c.kind === "zendesk"
      ? createZendeskClient({
          subdomain: c.subdomain,
          email: c.email,
          apiToken: c.apiToken,
          timeoutMs: options.timeoutMs,
          ...(options.zendeskBaseUrl ? { baseUrl: options.zendeskBaseUrl } : {}),
        })
      : createGorgiasClient({
          domain: c.domain,
          email: c.email,
          apiKey: c.apiKey,
          timeoutMs: options.timeoutMs,
          ...(options.gorgiasBaseUrl ? { baseUrl: options.gorgiasBaseUrl } : {}),
        });
  return {
    verify: (credentials) => attempt(() => clientFor(credentials).verify()),
    createTicket: (credentials, packet) => attempt(() => clientFor(credentials).createTicket(packet)),
  };
}

async function attempt<T>(call: () => Promise<T>): Promise<HelpdeskResult<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (!isHelpdeskError(error)) throw error;
    const f = error.failure;
    return {
      ok: false,
      failure:
        f.kind === "retryable"
          ? { kind: "retryable", message: f.message, retryAfterMs: f.retryAfterMs }
          : { kind: "permanent", message: f.message },
    };
  }
}
