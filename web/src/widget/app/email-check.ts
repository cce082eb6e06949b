export type EmailCheck = "ok" | "missing" | "invalid";

/**
 * A first, friendly check before sending; the server validates again (domain/email-address.ts) and
 * explains its own objections in the chat.
 */
export function checkEmail(value: string): EmailCheck {
  const email = value.trim();
  if (email === "") return "missing";
  if (email.length > 254 || /\s/.test(email)) return "invalid";
  return /^[^@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i.test(email) ? "ok" : "invalid";
}
