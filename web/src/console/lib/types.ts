/** Response shapes of admin routes that have no shared contract yet (server/src/transport/http/routes). */
export type HelpdeskKind = "zendesk" | "gorgias";

export interface Integration {
  kind: HelpdeskKind;
  connected: boolean;
  accountLabel: string | null;
  verifiedAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

export type HandoffMethod =
  | { kind: "helpdesk"; destination: "inbox" | HelpdeskKind }
  | { kind: "message"; texts: Partial<Record<string, string>>; defaultText: string };

export interface StoreSettings {
  storeName: string;
  timezone: string;
  allowedOrigins: string[];
  identityEnabled: boolean;
  handoffMethod: HandoffMethod;
  agentVoice: { tone: AgentTone; forbiddenPhrases: string[] };
}

export type AgentTone = "neutral" | "friendly" | "formal";

export interface HandoffDelivery {
  id: string;
  conversationId: string;
  reason: string;
  destination: string;
  deliveryStatus: string;
  attempts: number;
  externalTicketId: string | null;
  externalUrl: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface AdminAlert {
  id: string;
  kind: string;
  message: string;
  createdAt: string;
  acknowledgedAt: string | null;
}

export const serviceName: Record<HelpdeskKind, string> = { zendesk: "Zendesk", gorgias: "Gorgias" };
