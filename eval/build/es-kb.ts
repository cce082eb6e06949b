/**
 * Spanish translations of part of the English store knowledge (en-kb.ts), written for this
 * benchmark. The Spanish benchmark's knowledge is the English knowledge plus these entries, so
 * some Spanish questions have Spanish knowledge and others only English knowledge (cross-language).
 */
import type { KbLine } from "./lib.js";

const SHOP = "https://shop.example/es";

export const ES_ENTRIES: KbLine[] = [
  { id: "track-order-es", kind: "faq", lang: "es", question: "¿Cómo puedo rastrear mi pedido?", alternates: ["estado de mi pedido", "¿dónde está mi paquete?", "seguimiento del envío"], answer: "Puedes ver el estado de tu pedido en 'Mis pedidos' dentro de tu cuenta, o con el número de guía que te enviamos por correo al confirmar el envío.", url: `${SHOP}/ayuda/seguimiento` },
  { id: "delivery-time-es", kind: "faq", lang: "es", question: "¿Cuánto tarda en llegar mi pedido?", alternates: ["tiempo de entrega", "¿en cuántos días llega?"], answer: "La entrega estándar tarda de 3 a 5 días hábiles; la exprés, 1 a 2. Los tiempos pueden variar según la zona.", url: `${SHOP}/ayuda/envios` },
  { id: "international-shipping-es", kind: "faq", lang: "es", question: "¿Hacen envíos internacionales?", alternates: ["¿envían a otros países?", "envíos al extranjero"], answer: "Sí. Enviamos a Estados Unidos, Canadá, México y la mayor parte de Europa. Los pedidos internacionales tardan de 7 a 14 días hábiles; los impuestos de importación los paga quien recibe.", url: `${SHOP}/ayuda/internacional` },
  { id: "refund-policy-es", kind: "faq", lang: "es", question: "¿Cuál es su política de reembolsos?", alternates: ["política de devoluciones", "¿puedo pedir que me devuelvan el dinero?"], answer: "Nuestra política está en la página 'Devoluciones y reembolsos'. Si tienes dudas sobre una devolución concreta, escríbenos.", url: `${SHOP}/ayuda/reembolsos` },
  { id: "request-refund-es", kind: "faq", lang: "es", question: "¿Cómo solicito un reembolso?", alternates: ["pedir un reembolso", "quiero mi dinero de vuelta"], answer: "Para solicitar un reembolso entra a la página 'Devoluciones y reembolsos' y sigue los pasos, o escríbenos y te ayudamos.", url: `${SHOP}/ayuda/reembolsos` },
  { id: "refund-status-es", kind: "faq", lang: "es", question: "¿Cómo veo el estado de mi reembolso?", alternates: ["estado del reembolso", "¿dónde está mi reembolso?"], answer: "Consulta el estado de tu reembolso en la sección 'Devoluciones y reembolsos' de tu cuenta.", url: `${SHOP}/ayuda/reembolsos` },
  { id: "cancel-order-es", kind: "faq", lang: "es", question: "¿Cómo cancelo mi pedido?", alternates: ["cancelar pedido", "anular una compra"], answer: "Entra al detalle de tu pedido y pulsa 'Cancelar pedido'. Si ya salió del almacén, podrás devolverlo cuando llegue.", url: `${SHOP}/ayuda/cancelar` },
  { id: "payment-methods-es", kind: "faq", lang: "es", question: "¿Qué formas de pago aceptan?", alternates: ["métodos de pago", "¿puedo pagar con PayPal?"], answer: "Aceptamos tarjetas de crédito y débito, PayPal y transferencia bancaria. Verás todas las opciones al pagar.", url: `${SHOP}/ayuda/pagos` },
  { id: "reset-password-es", kind: "faq", lang: "es", question: "Olvidé mi contraseña, ¿cómo la restablezco?", alternates: ["recuperar contraseña", "no puedo iniciar sesión"], answer: "Haz clic en '¿Olvidaste tu contraseña?' en la página de inicio de sesión y te enviaremos un correo para crear una nueva.", url: `${SHOP}/ayuda/contrasena` },
  { id: "size-guide-es", kind: "faq", lang: "es", question: "¿Cómo sé qué talla elegir?", alternates: ["guía de tallas", "tabla de medidas"], answer: "Cada producto tiene una tabla de tallas con medidas en centímetros. Nuestros zapatos son de talla normal; si estás entre dos tallas, elige la mayor.", url: `${SHOP}/ayuda/tallas` },
  { id: "exchanges-es", kind: "faq", lang: "es", question: "¿Puedo cambiar un producto por otra talla o color?", alternates: ["cambio de talla", "hacer un cambio"], answer: "Sí. Los cambios son gratis durante 30 días desde la entrega: inícialo en 'Mis pedidos', elige la nueva talla o color y lo enviamos en cuanto recibamos el original.", url: `${SHOP}/ayuda/cambios` },
  { id: "damaged-item-es", kind: "faq", lang: "es", question: "¿Qué hago si mi producto llegó dañado o equivocado?", alternates: ["producto defectuoso", "me llegó otra cosa"], answer: "¡Lo sentimos! Mándanos una foto desde 'Mis pedidos' → 'Reportar un problema' en los 14 días siguientes a la entrega y te enviamos un reemplazo o te devolvemos el dinero, con envío de devolución gratis.", url: `${SHOP}/ayuda/danados` },
  { id: "shipping-address-es", kind: "faq", lang: "es", question: "¿Cómo agrego o cambio mi dirección de envío?", alternates: ["cambiar dirección", "actualizar domicilio de entrega"], answer: "Puedes agregar o cambiar tu dirección en 'Mi cuenta' → 'Direcciones de envío'. Si tu pedido aún no sale, también podemos cambiarla por ti.", url: `${SHOP}/ayuda/direcciones` },
  {
    id: "returns-guide-es", kind: "article", lang: "es", title: "Guía de devoluciones y reembolsos", url: `${SHOP}/ayuda/devoluciones`,
    body: [
      "Todo sobre devolver productos y recibir tu dinero.",
      "## Plazo para devolver",
      "Puedes devolver productos sin usar y con etiquetas durante 30 días desde la entrega. Los artículos en rebaja solo se devuelven como saldo a favor.",
      "## Cómo iniciar una devolución",
      "Entra a 'Mis pedidos', elige el pedido y pulsa 'Devolver artículos'. Imprime la guía prepagada y deja el paquete en cualquier oficina de correos.",
      "## ¿Cuándo recibo mi reembolso?",
      "Reembolsamos al mismo método de pago en un máximo de 5 días hábiles desde que recibimos tu devolución. Tu banco puede tardar de 3 a 5 días más en reflejarlo.",
    ].join("\n"),
  },
];
