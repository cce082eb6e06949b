import { canonicalText, keywordCorrector, matchesAny } from "./canonical-text.js";

const corrector = keywordCorrector(`human humans person people agent agents operator representative
  somebody someone customer service support assistant manager supervisor speak talking speaking
  contact contacting chatting connect transfer talk chat touch assistance care
  persona humano agente asesor asesora operador operadora ejecutivo representante hablar comunicar
  comunicarme contactar atencion cliente servicio encargado gerente platicar transferir conectar`,
  4,
);

// People words. "agent" needs no qualifier: in a shop chat it means a support agent; other kinds
// of agent are excluded below.
const PERSON =
  "(?:real |live |actual |human |customer service |customer support |support |service )?" +
  "(?:human|humans|human being|person|real people|agent|agents|operator|representative|rep|staff|employee|" +
  "manager|supervisor|live chat|assistant|live support)";
const PERSON_ES =
  "(?:persona|personas|humano|ser humano|agente|asesor|asesora|asesores|operador|operadora|ejecutivo|" +
  "ejecutiva|representante|encargado|encargada|gerente|supervisor|alguien)";
// The support team as a whole: "customer service", "your support team", "help desk".
const SERVICE =
  "(?:(?:customer|client|consumer) (?:service|services|support|care|assistance|team)|support team|service team|help ?desk|your support|your team|someone|somebody|anyone|anybody)";
const CONTACT_VERB =
  "(?:talk|talking|speak|speaking|chat|chatting|connect|connecting|transfer|reach|reaching|contact|contacting|call|calling|get in touch|getting in touch|message|write|put me through|be put through)";

const REQUEST_PATTERNS: RegExp[] = [
  // "talk to a human", "speak with your support team", "contact a live agent" (up to 3 words between)
  new RegExp(` ${CONTACT_VERB}(?: [a-z]+){0,3}? (?:${PERSON}|${SERVICE}) `),
  // "I want a human", "get me an agent", "need a real person"
  new RegExp(` (?:want|need|get me|give me|gimme|send me|see|like) (?:a |an |the |some |to a |to an )?${PERSON} `),
  // "can I get a supervisor", "could I have an agent"
  new RegExp(` (?:can|could|may) (?:i|we) (?:get|have|see|please get|please have) (?:a |an |the |your |some )?${PERSON} `),
  // "can a human check my order?", "is there a live person I can chat with"
  / (?:can|could|may|will) (?:a|an|some|any) (?:real |live |actual )?(?:human|person|agent) /,
  / (?:is there|are there|do you have|you have) (?:a |an |any )?(?:real |live |actual )?(?:human|person|agent|people|humans|persons) /,
  / (?:customer|client) (?:service|support|care|assistance) (?:hours|number|phone|email|e mail|mail|contact|line|chat|agent|rep|representative|team|person|available|availability|open)/,
  // Spanish: "hablar con una persona", "quiero un agente", "comunícame con un asesor"
  new RegExp(` (?:hablar|platicar|chatear|comunicar|comunicarme|comunicame|comuniquen|contactar|contactarme|pasar|pasame|pasen|pasenme|pasarme|transferir|transfiereme|transfieres|transfieran|transfiera|comunicas|comunica|pasas|pasan|conectas|conectar|conectame|conectarme|llamar|atienda|atiende)(?: [a-z]+){0,3}? ${PERSON_ES} `),
  new RegExp(` (?:quiero|necesito|ocupo|deseo|busco|dame|denme|pideme|ponme|quisiera) (?:un |una |a un |a una |con un |con una )?(?:${PERSON_ES}) `),
  / (?:atencion|servicio) (?:al|a) (?:cliente|clientes) /,
  / con quien (?:puedo|podria|debo|tengo que) (?:hablar|comunicarme|platicar) /,
  / who (?:can|could|do|should) i (?:talk|speak|chat) (?:to|with) /,
  / (?:hay|existe|tienen) (?:alguien|una persona|un humano|un agente|un asesor|personas) /,
  // Rather dealing with the team: "I'd rather sort this out with someone from customer service".
  new RegExp(` (?:rather|prefer|preferably) (?:[a-z]+ ){0,6}?(?:with|to|by) (?:a |an |the |some |one of your )?(?:${PERSON}|${SERVICE}) `),
  // Asking how to phone the store is asking for people: "is there a phone number I can call?".
  / (?:is there|do you have|you have|got|whats|what is) (?:a |an |any |your )?(?:phone|telephone|tel)(?: number)?(?: (?:i|we) can call| to call| for (?:customer service|support|help))? $/,
  / (?:phone|telephone) (?:number )?(?:i|we) (?:can|could) (?:call|ring|phone) /,
  / (?:can|could) (?:i|we) (?:call|phone|ring) (?:you|your|someone|somebody|anyone) /,
  / (?:tienen|teneis|tenes|hay|me dan|me das|me pasas|cual es) (?:un |el |algun |su |vuestro )?(?:telefono|numero de telefono|numero de atencion|whatsapp)(?: (?:al que|para) (?:pueda |podamos )?(?:llamar|hablar|marcar))? $/,
  / (?:puedo|podemos|se puede) (?:llamar|llamaros|llamarles|llamarlos|marcar) /,
];

// Phrases that mention people words without asking for one.
const EXCLUSIONS: RegExp[] = [
  / human (?:resources|error|rights|body|nature|race) /,
  / (?:travel|real estate|customs|insurance|shipping|secret|free) agents? /,
  / recursos humanos /,
  / agente (?:aduanal|de viajes|de seguros) /,
  / (?:dont|do not|never|no) (?:want|need|wish|quiero|necesito) (?:to )?(?:talk|speak|hablar|chat) (?:to|with|con) (?:a |an |un |una )?(?:human|person|agent|persona|humano|agente) /,
];

/** Bare requests: the whole message is a people word with politeness ("agent pls", "¿un asesor?"). */
const BARE = new RegExp(
  `^ (?:(?:a|an|the|um|hi|hey|hola|please|pls|plz|now|i want|i need|give me|get me|need|want|un|una|quiero|necesito|ocupo|por favor|porfa|ya|un|una) )*(?:${PERSON}|${PERSON_ES}|${SERVICE}|customer service|customer support)(?: (?:please|pls|plz|now|asap|por favor|porfa|ya|ahora|now please))* $`,
);

// Profane intensifiers between the verb and the person ("speak with goddamn customer support").
const INTENSIFIERS = / (?:damn|goddamn|bloody|fucking|fuckin|freaking|effing|frickin|pinche|pinches) /g;

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
  const canonical = canonicalText(text, corrector).replace(INTENSIFIERS, " ").replace(/ +/g, " ");
  if (matchesAny(canonical, EXCLUSIONS)) return false;
  return BARE.test(canonical) || matchesAny(canonical, REQUEST_PATTERNS);
}
