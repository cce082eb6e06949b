import { normalize } from "../language/normalize.js";

const SOLVED: RegExp[] = [
  / (?:thats|that is|its|it is|thatll be) (?:all|it|everything)(?: i needed| for now| thanks| thank you|$| )/,
  / (?:problem|issue|it|question|everything) (?:is |was )?(?:solved|resolved|fixed|sorted)/,
  / (?:that|this|you) (?:solved|resolved|fixed|answered|sorted) /,
  / (?:it|that) (?:worked|works now|helped|helps|did it|did the trick)/,
  / (?:all set|all good now|im good now|got it thanks|got it thank you|nothing else|no more questions|that answers my question|youve been (?:very |really )?helpful)/,
  / (?:ya (?:esta|quedo|quedamos|funciona|funciono|lo resolvi|se resolvio|me quedo claro)|listo gracias|resuelto|solucionado|eso es todo|es todo|nada mas|ya no necesito nada|ya con eso|con eso es suficiente|quedo resuelto|me sirvio|me ayudo mucho)/,
];

/**
 * True when the shopper says their problem is solved and the chat can close ("thanks, that's
 * all", "ya está, gracias"). A message that also asks something is not solved.
 *
 * @example
 * detectSolved("perfect, that's all, thanks") // true
 * detectSolved("thanks! and how do I return it?") // false
 */
export function detectSolved(text: string): boolean {
  if (text.includes("?") || text.includes("¿")) return false;
  const padded = ` ${normalize(text)} `;
  if (padded.trim().split(" ").length > 14) return false;
  return SOLVED.some((pattern) => pattern.test(padded));
}
