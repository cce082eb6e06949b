import type { FakeOpenAi, FakeReply } from "./fake-openai.js";

/** The system prompt and the user's data of a chat completion request. */
function promptsOf(body: Record<string, unknown>): { system: string; user: string } {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const text = (role: string) =>
    messages
      .filter((m): m is { role: string; content: unknown } => typeof m === "object" && m !== null && "role" in m && m.role === role)
      .map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content)))
      .join("\n");
  return { system: text("system"), user: text("user") };
}

/** The JSON array inside <texts>…</texts> of a translation request. */
export function textsToTranslate(user: string): string[] {
  const start = user.lastIndexOf("<texts>") + "<texts>".length;
  const parsed: unknown = JSON.parse(user.slice(start, user.lastIndexOf("</texts>")));
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * Makes the fake OpenAI server answer Relevo's summary and translation requests by their content (other
 * requests follow the script): a summary says `summary`, a translation returns each text as
 * `[<to>] <text>`, so a test can tell a translated line from its original.
 */
export function answerSummariesAndTranslations(fake: FakeOpenAi, opts: { summary?: FakeReply; translation?: FakeReply } = {}): void {
  fake.route((body) => {
    const { system, user } = promptsOf(body);
    if (system.startsWith("You write the internal note")) return opts.summary ?? { kind: "json", content: { summary: "The shopper wants a name engraved on a mug." } };
    if (system.startsWith("You translate messages")) {
      if (opts.translation) return opts.translation;
      const to = /into (\w+)/.exec(system)?.[1] === "Spanish" ? "es" : "en";
      return { kind: "json", content: { translations: textsToTranslate(user).map((text) => `[${to}] ${text}`) } };
    }
    return null;
  });
}
