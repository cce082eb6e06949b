/** Settings → Store (profile, widget origins, signed identities, snippet) and API keys. */
export const enStore = {
  store: {
    title: "Store",
    intro: "Your store's name and time zone, where the chat may appear, and signed-in shoppers.",
    name: "Store name",
    timezone: "Time zone",
    timezoneHint: "An IANA name such as Europe/Madrid; days in reports and transcripts use it.",
    origins: "Sites allowed to show the chat",
    originsHint:
      "One per line, e.g. https://shop.example. Empty: any site may embed it (fine while testing only).",
    identity: "Signed-in shoppers",
    identityOn:
      "On: your store signs a token with the shared secret, and those shoppers are not asked for an email.",
    identityOff: "Off: every shopper is anonymous until they give an email.",
    keep: "Keep as it is",
    generate: "Make a new secret",
    turnOff: "Turn off: every shopper is anonymous again",
    newSecret:
      "Copy this secret into your store's backend now; it is not shown again after you leave this page.",
    snippet: "Chat snippet",
    snippetHint: "Paste it before </body> on every page of your store.",
    saved: "Store settings saved.",
    voice: {
      title: "AI agent's voice",
      intro: (store: string) =>
        `Used when Relevo answers with a language model (RELEVO_LLM_*). It speaks as ${store}; the builtin answerer quotes your knowledge as written.`,
      tone: "Tone",
      tones: {
        neutral: "Neutral: clear and concise",
        friendly: "Friendly: warm, still concise",
        formal: "Formal: polite (usted in Spanish)",
      },
      forbidden: "Phrases it must never use",
      forbiddenHint:
        'One per line, e.g. a competitor\'s name or "guaranteed". An answer containing one is not shown; the shopper is offered a person instead.',
      saved: "Voice saved.",
    },
  },
  apiKeys: {
    title: "API keys",
    intro:
      "Keys for scripts that read Relevo's admin API (Authorization: Bearer …). They cannot act in the Inbox.",
    name: "Key name",
    create: "Create key",
    created: "Copy this key now; it is not shown again:",
    prefix: "Starts with",
    createdAt: "Created",
    revokedAt: "Revoked",
    active: "Active",
    revoke: "Revoke",
    confirmRevoke: (name: string) => `Revoke “${name}”? Scripts using it stop working at once.`,
    empty: "No API keys yet.",
  },
};
