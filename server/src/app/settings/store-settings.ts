import { type AgentVoice, defaultAgentVoice } from "../../domain/agent-voice.js";
import { defaultHandoffMethod, type HandoffMethod } from "../../domain/handoff-method.js";
import type { Repos, StoreSettings } from "../../domain/ports.js";

/** Settings keys: each is one row in `settings`, validated by the use case that writes it. */
export const settingsKeys = {
  store: "store",
  handoffMethod: "handoff_method",
  identitySecret: "identity_secret",
  allowedOrigins: "allowed_origins",
  agentVoice: "agent_voice",
} as const;

export const defaultStoreProfile = { storeName: "our store", timezone: "UTC" };

/** The store's settings with defaults for anything not saved yet (a new store hands off to the Inbox). */
export async function loadStoreSettings(repos: Repos): Promise<StoreSettings> {
  const [store, method, secret, origins, voice] = await Promise.all([
    repos.settings.get<{ storeName: string; timezone: string }>(settingsKeys.store),
    repos.settings.get<HandoffMethod>(settingsKeys.handoffMethod),
    repos.settings.get<string>(settingsKeys.identitySecret),
    repos.settings.get<string[]>(settingsKeys.allowedOrigins),
    repos.settings.get<AgentVoice>(settingsKeys.agentVoice),
  ]);
  return {
    storeName: store?.storeName ?? defaultStoreProfile.storeName,
    timezone: store?.timezone ?? defaultStoreProfile.timezone,
    handoffMethod: method ?? defaultHandoffMethod,
    identitySecret: secret,
    allowedOrigins: origins ?? [],
    agentVoice: { ...defaultAgentVoice, ...voice },
  };
}
