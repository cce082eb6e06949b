/**
 * How the merchant hands conversations to people (Settings → Agent handoff). Exactly one is active.
 * `message` shows a custom text (Markdown links allowed, one per language with a default) instead of
 * offering a person.
 */
export type HelpdeskDestination = "inbox" | "zendesk" | "gorgias";

export type HandoffMethod =
  | { kind: "helpdesk"; destination: HelpdeskDestination }
  | { kind: "message"; texts: Record<string, string>; defaultText: string };

export const defaultHandoffMethod: HandoffMethod = { kind: "helpdesk", destination: "inbox" };

export const customMessageMaxLength = 2000;

/** The custom message in the shopper's language, or the default text. */
export function customMessageFor(method: Extract<HandoffMethod, { kind: "message" }>, lang: string): string {
  return method.texts[lang] ?? method.defaultText;
}
