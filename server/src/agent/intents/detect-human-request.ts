import { canonicalText, keywordCorrector, matchesAny } from "./canonical-text.js";

const corrector = keywordCorrector(`human humans person people agent agents operator representative
  somebody someone customer service support assistant manager supervisor speak talking speaking
  persona humano agente asesor asesora operador operadora ejecutivo representante hablar comunicar
  comunicarme contactar atencion cliente servicio encargado gerente platicar transferir conectar`);

// Who the shopper wants: people words in English and Spanish. "agent" needs no qualifier because
// in a shop chat "agent" means a support agent; other kinds of agent are excluded below.
const PERSON =
  "(?:real |live |actual |human |customer service |customer support |support |service )?" +
  "(?:human|humans|human being|person|real people|agent|agents|operator|representative|rep|staff|employee|" +
  "manager|supervisor|live chat|assistant|live support)";
const PERSON_ES =
  "(?:una |un |alguna |algun |a una |a un |con una |con un |con )?" +
  "(?:persona|personas|humano|ser humano|agente|asesor|asesora|asesores|operador|operadora|ejecutivo|" +
  "ejecutiva|representante|encargado|encargada|gerente|supervisor|alguien real|persona real|alguien)";
const SERVICE = "(?:customer |client )?(?:service|support|care|assistance|services)";

const REQUEST_PATTERNS: RegExp[] = [
  // "talk to a human", "speak with someone", "chat with an agent", "connect me to a person"
  new RegExp(` (?:talk|talking|speak|speaking|chat|chatting|connect|transfer|put|pass|get|contact|reach|call|see|need|want|like|give) (?:me )?(?:with|to|through to|over to|a|an|the|some|somebody|someone|me)? ?(?:a |an |the |to a |to an |with a |with an )?${PERSON} `),
  new RegExp(` (?:talk|speak|chat) (?:to|with) (?:somebody|someone|anyone|anybody)(?: real| from| in| at|$| )`),
  new RegExp(` (?:can|could|may|will) (?:a|an|some) (?:real |live |actual )?(?:human|person|agent) `),
  new RegExp(` (?:are you|is this) (?:a )?(?:bot|robot|machine) .*(?:human|person|agent) `),
  // "contact customer service", "customer support hours", "call customer care"
  new RegExp(` (?:contact|contacting|reach|reaching|call|calling|talk to|speak to|speak with|talk with|get in touch with|chat with|email|phone|write to|get|need|want) ${SERVICE} `),
  new RegExp(` (?:customer |client )(?:service|support|care|assistance) (?:hours|number|phone|email|agent|rep|representative|team|person|available|availability)`),
  // Spanish: "hablar con una persona", "quiero un agente", "comunícame con un asesor"
  new RegExp(` (?:hablar|platicar|chatear|comunicar|comunicarme|comunicame|contactar|contactarme|pasar|pasame|pasen|pasarme|transferir|transfiereme|conectar|conectame|conectarme|llamar|atienda|quiero|necesito|ocupo|deseo|busco|dame|denme) (?:me )?(?:con |a |por )?${PERSON_ES} `),
  new RegExp(` ${PERSON_ES} (?:por favor|porfa|ahora|real|de verdad|humano) `),
  / (?:atencion|servicio) (?:al|a) (?:cliente|clientes) /,
  / (?:hay|existe) (?:alguien|una persona|un humano|un agente|un asesor) /,
];

// Phrases that mention people words without asking for one.
const EXCLUSIONS: RegExp[] = [
  / human (?:resources|error|rights|body|nature|race) /,
  / (?:travel|real estate|customs|insurance|shipping|secret|free) agents? /,
  / in person /,
  / en persona /,
  / recursos humanos /,
  / agente (?:aduanal|de viajes|de seguros) /,
  / (?:dont|do not|never|no) (?:want|need|wish|quiero|necesito) (?:to )?(?:talk|speak|hablar|chat) (?:to|with|con) (?:a |an |un |una )?(?:human|person|agent|persona|humano|agente) /,
];

/** Bare requests: the whole message is a people word with politeness ("agent pls", "¿un asesor?"). */
const BARE = new RegExp(
  `^ (?:(?:a|an|the|um|hi|hey|hola|please|pls|plz|now|i want|i need|give me|get me|need|want|un|una|quiero|necesito|ocupo|por favor|porfa|ya) )*(?:${PERSON}|${PERSON_ES}|${SERVICE}|somebody|someone|alguien)(?: (?:please|pls|plz|now|asap|por favor|porfa|ya|ahora|now please))* $`,
);

/**
 * True when the shopper asks to talk to a person, in English or Spanish, tolerant of typos and
 * slang. Mentions of people that are not a request ("human resources", "in person") are not.
 *
 * @example
 * detectHumanRequest("agent pls")                        // true
 * detectHumanRequest("quiero hablar con un asesor")      // true
 * detectHumanRequest("how do I order a gift card?")      // false
 */
export function detectHumanRequest(text: string): boolean {
  const canonical = canonicalText(text, corrector);
  if (matchesAny(canonical, EXCLUSIONS)) return false;
  return BARE.test(canonical) || matchesAny(canonical, REQUEST_PATTERNS);
}
