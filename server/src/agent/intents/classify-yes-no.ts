import type { YesNo } from "../../domain/agent-decision.js";
import { normalize } from "../language/normalize.js";

// Typed replies to "Do you want to talk to a person?". Normalised (no accents, lowercase).
// Mexican and Spanish colloquial forms included: dale, sale, va, orale, andale, simon, nel.
const YES =
  /^(?:yes|yess+|yeah|yea|yep|yup|ya|yas|ye|sure|ok|okay|okey|k|kk|of course|please|pls|plz|go ahead|do it|absolutely|definitely|alright|all right|fine|connect me|yes please|y|si|sii+|sip|claro|dale|va|sale|orale|andale|simon|obvio|de acuerdo|vale|bueno|perfecto|esta bien|por favor|porfa|adelante|por supuesto|afirmativo|correcto|exacto|conectame|me parece bien)(?: |$)/;
const NO =
  /^(?:no|nope|nah|naw|nop|nel|n|not now|not really|not yet|no thanks|no thank you|never ?mind|im good|i am good|im ok|im fine|all good|mejor no|ahorita no|para nada|de ninguna manera|negativo|no gracias|nada|ni modo|no hace falta|not necessary|dont)(?: |$)/;
// Replies that start like "no" but are not a refusal: "no sé" (I don't know), "no problem".
const NOT_A_NO = /^(?:no se|no problem|no worries|no idea|no entiendo|no estoy seguro|not sure)(?: |$)/;
const LATER_NO = / (?:no thanks|no gracias|not now|mejor no|but no|pero no)(?: |$)/;

/**
 * Reads a typed answer to a yes/no question (the handoff offer) in English or Spanish.
 * Returns null when the reply is neither (a new question, "not sure", "no sé").
 *
 * @example
 * classifyYesNo("yeah sure")   // "yes"
 * classifyYesNo("órale")       // "yes"
 * classifyYesNo("no, gracias") // "no"
 * classifyYesNo("no sé")       // null
 */
export function classifyYesNo(text: string): YesNo {
  const reply = normalize(text);
  if (reply === "" || reply.split(" ").length > 8) return null;
  if (NOT_A_NO.test(reply)) return null;
  if (NO.test(reply)) return "no";
  if (YES.test(reply)) return LATER_NO.test(` ${reply}`) ? "no" : "yes";
  return null;
}
