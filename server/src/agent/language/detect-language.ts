import { normalize } from "./normalize.js";

/** The languages the builtin answerer analyses. Anything else falls back to the locale hint. */
export type ShopLang = "en" | "es";

// Frequent words that are distinctive for one language (no overlap: "no", "a", "me" are shared).
// Hand-written: a general language-ID package (franc, cld) is unreliable on 3-word chat messages
// and only two languages are in play.
const EN_MARKERS = new Set(
  `the is are was my i you your what where when how why can could would do does dont did have has
  to of and with for this that it please want need order package refund return shipping
  delivery account help hi hello thanks thank yes yeah human person agent talk speak my get`.split(/\s+/),
);
const ES_MARKERS = new Set(
  `el la los las es son esta estan mi mis tu su que donde cuando como por para con una un del al
  quiero necesito puedo pueden hola gracias pedido envio entrega devolucion reembolso cuenta
  hablar persona ayuda si claro vale dale y o pero tengo tiene hay llega mis se lo le cual
  cuanto cuesta tienen hacen quisiera favor orale mande`.split(/\s+/),
);

/**
 * Detects whether a shopper message is English or Spanish; when the message gives no clear
 * signal (a number, "ok", "no"), the locale hint wins, then English.
 *
 * @example
 * detectLanguage("¿dónde está mi pedido?") // "es"
 * detectLanguage("ok", "es-MX")            // "es"
 */
export function detectLanguage(text: string, localeHint?: string): ShopLang {
  const hint = hintLang(localeHint);
  // Spanish-only punctuation and letters are strong evidence even in a short message.
  let es = /[¿¡ñ]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const token of normalize(text).split(" ")) {
    if (EN_MARKERS.has(token)) en += 1;
    if (ES_MARKERS.has(token)) es += 1;
  }
  if (/[áéíóú]/i.test(text)) es += 1;
  if (en === es) return hint ?? "en";
  return en > es ? "en" : "es";
}

function hintLang(locale: string | undefined): ShopLang | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base === "es" || base === "en" ? base : undefined;
}
