import { normalize } from "../language/normalize.js";

export type SmallTalk = "greeting" | "thanks";

const GREETING =
  /\b(?:good (?:morning|afternoon|evening|day)|buenos dias|buen dia|buenas tardes|buenas noches|hi+|hello+|hey+|heya|hiya|yo|howdy|hola+|buenas|que tal|que onda|quiubo|saludos|how are you|how are you doing|hows it going|como estas|como esta|como le va)\b/g;
const THANKS =
  /\b(?:thanks+|thank you|thank u|thx|ty|tysm|cheers|much appreciated|i appreciate it|appreciate it|muchas gracias|mil gracias|muchisimas gracias|gracias|te lo agradezco|se lo agradezco|se agradece|grax)\b/g;
// Words that may surround a greeting or thanks without making it a question.
const FILLER =
  /\b(?:there|team|guys|folks|all|everyone|so|much|very|a lot|again|ok|okay|great|perfect|cool|nice|amigo|amiga|equipo|chicos|a todos|a todas|por todo|de nuevo|ok|vale|genial|perfecto|muy|amable|so much|for your help|for the help|por tu ayuda|por su ayuda|por la ayuda|you|u)\b/g;

/**
 * Recognises a message that is only a greeting or only thanks (no question in it), which gets a
 * polite reply instead of a knowledge search or a handoff.
 *
 * @example
 * detectSmallTalk("hola, buenas tardes") // "greeting"
 * detectSmallTalk("thanks so much!")     // "thanks"
 * detectSmallTalk("hi, where is my order?") // null
 */
export function detectSmallTalk(text: string): SmallTalk | null {
  const normalized = normalize(text);
  const hasThanks = normalized.match(THANKS) !== null;
  const hasGreeting = normalized.match(GREETING) !== null;
  if (!hasThanks && !hasGreeting) return null;
  const rest = normalized.replace(THANKS, " ").replace(GREETING, " ").replace(FILLER, " ").trim();
  if (rest !== "") return null;
  return hasThanks ? "thanks" : "greeting";
}
