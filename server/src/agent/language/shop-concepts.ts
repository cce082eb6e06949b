/**
 * A small bilingual lexicon of shop vocabulary: each concept lists how shoppers say it in English
 * and in Spanish (including Mexican usage). Words of one concept are treated as the same term by
 * retrieval, which gives synonyms ("parcel" = "package") and cross-language matching ("pedido" =
 * "order") at once. Phrases are plain words; they are normalised and stemmed when loaded.
 * Hand-written because no maintained package covers shop-talk synonyms in both languages.
 */
export interface ShopConcept {
  id: string;
  en: string[];
  es: string[];
}

/**
 * Concepts that name what is bought (or which plan) rather than what is asked: "how do I return
 * shoes?" is a returns question, "create a premium account" an account question. Retrieval weighs them less, so a policy answer is not missed for lack of the
 * product word.
 */
export const INCIDENTAL_CONCEPTS: ReadonlySet<string> = new Set(["c:shoes", "c:clothes", "c:tier", "c:product"]);

/**
 * Concepts that only count when a question-like text of the knowledge has them: answers say
 * "if you have any problems, contact us" as boilerplate, while a shopper reporting a problem
 * needs an entry about that problem.
 */
/**
 * Multi-word fillers that look like a topic word but only ask whether the store does something:
 * "do you offer financing?" is a financing question, not one about offers (c:promo). Matched
 * like a phrase and then dropped (see analyze).
 */
export const FILLER_CONCEPT = "filler";

export const QUESTION_ONLY_CONCEPTS: ReadonlySet<string> = new Set(["c:problem", "c:complaint"]);

export const SHOP_CONCEPTS: ShopConcept[] = [
  { id: "order", en: ["order", "orders", "purchase", "purchases", "purchased", "bought", "package", "parcel", "shipment"], es: ["=pedido", "=pedidos", "orden", "ordenes", "compra", "compre", "compras", "paquete", "encargo"] },
  { id: "package", en: ["package", "parcel", "shipment", "box", "delivery"], es: ["paquete", "envio", "caja", "mercancia"] },
  { id: "ship", en: ["ship", "shipping", "shipped", "shipment", "send", "deliver", "delivery", "dispatch", "shipping methods", "sent", "sending", "dispatched", "mail it", "courier", "carrier", "delivered", "postage"], es: ["envio", "enviar", "envian", "enviais", "enviarlo", "mandar", "mandan", "mandais", "entrega", "entregar", "entregan", "despacho", "paqueteria", "enviaron", "mandaron", "despachan", "mensajeria", "envios"] },
  { id: "arrive", en: ["arrive", "arrival", "get here", "come", "receive", "expect", "reach me", "show up", "turn up", "received", "get it", "arriving", "arrived", "delivery", "delivered", "deliver"], es: ["llegar", "llega", "llegue", "llego", "recibir", "recibo", "tardar", "viene", "vienen", "venir", "llegan", "recibire", "llegara", "llegaria", "me llega", "llegado", "venia", "vino", "entrega", "entregar", "entregan", "llegada"] },
  { id: "timing", en: ["when", "how long", "how soon", "how many days", "eta", "time", "timeframe", "period", "days", "soon", "estimated", "window", "deadline", "how many days", "how much time"], es: ["cuando", "cuanto tarda", "cuanto tiempo", "cuantos dias", "tiempo", "plazo", "demora", "tarda", "dias", "pronto", "cuantos dias tengo", "fecha limite"] },
  { id: "track", en: ["track", "tracking", "trace", "locate", "status", "wheres", "follow", "going on with", "whats happening with", "update on", "updates on", "tracking number", "tracking link", "find my order", "where is", "where s", "where my", "where are", "waiting for", "still waiting", "waiting on", "processed", "process", "processing", "gone through", "went through", "go through"], es: ["rastrear", "rastreo", "seguimiento", "estado", "estatus", "ubicar", "localizar", "guia", "que pasa con", "que paso con", "numero de guia", "ubicacion del paquete", "numero de rastreo", "numero de seguimiento", "donde esta", "donde estan", "donde viene", "donde va", "esperando", "en que va", "como va", "que onda con", "procesado", "procesaron", "proceso"] },
  { id: "refund", en: ["refund", "refunds", "refunded", "reimburse", "reimbursement", "money back", "my money", "compensation", "reimbursed", "restitution", "rebate", "refund status", "credit back", "refunding", "store credit", "paper check", "mail me a check"], es: ["reembolso", "reembolsar", "reembolsan", "mi dinero", "dinero de vuelta", "mi lana", "reintegro", "regresar mi dinero", "devolver el dinero", "devolucion del dinero", "depositan", "deposito", "depositen", "devuelvan el dinero", "devolucion de mi dinero", "devuelvan mi dinero", "regresen mi dinero", "me regresan", "lana", "mi plata", "la plata", "saldo a favor", "credito en tienda"] },
  { id: "return", en: ["return", "returns", "returning", "send back", "send it back", "give back", "ship back", "mail back", "take back", "bring back", "returned", "drop off", "shipping label", "return label", "prepaid label", "label"], es: ["devolver", "devolucion", "devoluciones", "regresar", "regreso", "retornar", "devuelvo", "devolvi", "regresarlo", "devolverlo", "etiqueta de devolucion"] },
  { id: "exchange", en: ["exchange", "swap", "replace", "replacement", "trade", "exchanged"], es: ["cambiar", "cambio", "reemplazo", "reemplazar", "intercambiar", "intercambio"] },
  { id: "cancel", en: ["cancel", "cancelled", "canceled", "cancellation", "call off"], es: ["cancelar", "cancelacion", "anular", "cancelo"] },
  { id: "change", en: ["change", "modify", "edit", "update", "correct", "alter", "amend", "fix"], es: ["cambiar", "cambio", "modificar", "editar", "actualizar", "corregir", "corrijo", "corrija", "corregirla", "cambio de"] },
  { id: "address", en: ["address", "addresses", "location", "shipping address", "zip code", "postal code", "street"], es: ["direccion", "direcciones", "domicilio", "ubicacion", "codigo postal", "calle", "colonia"] },
  { id: "invoice", en: ["invoice", "invoices", "bill", "bills", "receipt", "receipts", "billing", "billing statement", "tax invoice", "vat invoice"], es: ["factura", "facturas", "recibo", "recibos", "comprobante", "comprobante de pago", "facturacion", "ticket", "facturar", "cfdi", "rfc"] },
  { id: "pay", en: ["pay", "payment", "payments", "paying", "paid", "checkout", "check out"], es: ["pagar", "pago", "pagos", "pague", "abonar"] },
  { id: "pay_method", en: ["credit card", "debit card", "card", "paypal", "bank transfer", "cash", "payment methods", "payment options", "apple pay", "google pay", "amex", "visa", "mastercard", "gift card balance"], es: ["tarjeta", "tarjeta de credito", "tarjeta de debito", "paypal", "transferencia", "efectivo", "oxxo", "metodos de pago", "formas de pago", "mercado pago", "deposito bancario", "spei", "transferencia bancaria"] },
  { id: "account", en: ["account", "accounts", "profile"], es: ["cuenta", "cuentas", "perfil"] },
  { id: "signup", en: ["sign up", "signup", "register", "registration", "create", "new account", "enroll", "make an account", "create an account", "open an account", "open a new account", "join"], es: ["registrarme", "registrar", "registro", "crear", "darme de alta", "alta", "inscribirme", "crear una cuenta", "abrir una cuenta", "hacerme una cuenta"] },
  { id: "password", en: ["password", "passcode", "pin", "key", "pwd", "pw", "passwd", "pass", "credentials"], es: ["contrasena", "clave", "password", "nip"] },
  { id: "recover", en: ["recover", "reset", "forgot", "forgotten", "restore", "retrieve", "lost"], es: ["recuperar", "restablecer", "olvide", "olvido", "resetear", "restaurar", "no me acuerdo", "recupero"] },
  { id: "login", en: ["log in", "login", "sign in", "signin", "access", "locked out", "cant log in", "access my account"], es: ["iniciar sesion", "entrar", "acceder", "acceso", "ingresar", "no puedo entrar", "entrar a mi cuenta"] },
  { id: "newsletter", en: ["newsletter", "mailing list", "subscribe", "subscription", "emails", "promotions", "promotional emails", "marketing emails", "unsubscribe", "opt out", "stop emails", "spam"], es: ["boletin", "suscribir", "suscribirme", "suscripcion", "correos", "promociones", "noticias", "desuscribirme", "newsletter"] },
  { id: "size", en: ["size", "sizes", "sizing", "fit", "fits", "small", "smaller", "large", "big", "bigger", "medium", "tight", "loose", "measurements", "size chart", "size guide", "true to size", "runs small", "runs large", "xs", "xl", "xxl"], es: ["talla", "tallas", "medida", "medidas", "queda", "chico", "chica", "grande", "mediana", "apretado", "horma", "me queda", "unitalla", "guia de tallas"] },
  { id: "price", en: ["price", "prices", "cost", "costs", "fee", "fees", "charge", "charges", "how much", "pricing", "expensive", "cheap", "cheaper", "lower price"], es: ["precio", "precios", "costo", "costos", "cuesta", "cuanto cuesta", "cargo", "cargos", "comision", "tarifa", "cobran", "cobro", "barato", "mas barato", "rebajado", "cuanto sale", "cuanto vale"] },
  { id: "free", en: ["free", "no charge", "complimentary", "for free", "no cost"], es: ["gratis", "gratuito", "sin costo"] },
  { id: "promo", en: ["promo", "promo code", "coupon", "discount", "voucher", "code", "sale", "discount code", "deal", "offer", "promotion"], es: ["cupon", "descuento", "codigo", "promocion", "rebaja", "oferta", "codigo de descuento"] },
  { id: "intl", en: ["international", "internationally", "abroad", "overseas", "worldwide", "country", "countries", "mexico", "canada", "spain", "usa", "europe", "uk", "colombia", "argentina", "chile", "peru", "outside the us", "out of the country", "other countries", "germany", "france", "italy", "brazil", "australia", "japan"], es: ["internacional", "internacionales", "extranjero", "pais", "paises", "mexico", "canada", "espana", "estados unidos", "europa", "colombia", "argentina", "chile", "peru", "fuera del pais", "otro pais", "otros paises", "alemania", "francia", "italia", "brasil", "australia", "japon"] },
  { id: "shoes", en: ["shoes", "shoe", "boots", "sneakers", "footwear", "sandals", "heels", "loafers", "trainers"], es: ["zapatos", "zapato", "botas", "tenis", "calzado", "sandalias", "huaraches", "tacones", "botines"] },
  { id: "clothes", en: ["shirt", "shirts", "jeans", "pants", "jacket", "sweater", "dress", "clothes", "clothing", "hoodie", "t shirt", "tshirt", "shorts", "skirt", "coat", "socks", "blouse"], es: ["camisa", "playera", "pantalon", "pantalones", "chamarra", "chaqueta", "sueter", "vestido", "ropa", "sudadera", "falda", "abrigo", "calcetines", "calcetas", "blusa", "short"] },
  { id: "stock", en: ["in stock", "out of stock", "available", "availability", "sold out", "restock", "back in stock"], es: ["disponible", "disponibilidad", "agotado", "existencia", "inventario", "surtir", "vuelven a tener", "resurtir", "hay en existencia"] },
  { id: "damaged", en: ["damaged", "broken", "defective", "faulty", "wrong", "torn", "stained", "defect", "ripped", "scratched", "dented", "wrong item", "didnt order", "did not order", "wrong size", "wrong color", "not what i ordered"], es: ["danado", "roto", "defectuoso", "equivocado", "incorrecto", "manchado", "defecto", "rota", "descosido", "rayado", "no pedi", "que no pedi", "equivocada", "talla equivocada"] },
  { id: "missing", en: ["missing", "lost", "never arrived", "never came", "didnt arrive", "not received", "hasnt arrived", "has not arrived", "hasnt come", "havent received", "have not received", "still not here", "not arrived", "never got"], es: ["falta", "faltante", "perdido", "no llego", "nunca llego", "extraviado", "no ha llegado", "no me ha llegado", "no me llega", "no llega", "no he recibido"] },
  { id: "gift", en: ["gift", "gift card", "gift wrap", "gift wrapping"], es: ["regalo", "tarjeta de regalo", "envolver"] },
  { id: "warranty", en: ["warranty", "guarantee"], es: ["garantia"] },
  { id: "store", en: ["store", "branch", "physical store"], es: ["tienda", "sucursal", "local"] },
  { id: "hours", en: ["hours", "opening hours", "opening times", "closing time"], es: ["horario", "horarios", "abren", "cierran"] },
  { id: "email", en: ["email", "e mail", "mail", "inbox"], es: ["correo", "email", "mail", "correo electronico"] },
  { id: "membership", en: ["membership", "member", "loyalty", "rewards", "points"], es: ["membresia", "miembro", "socio", "lealtad", "puntos", "recompensas"] },
  { id: "buy", en: ["buy", "place an order", "place order", "shop", "shopping", "cart", "add to cart", "acquire", "get one", "order one"], es: ["comprar", "hacer un pedido", "hacer pedido", "carrito", "como compro"] },
  { id: "delete", en: ["delete", "close", "closing", "remove", "deactivate", "deletion"], es: ["eliminar", "borrar", "cerrar", "dar de baja", "desactivar", "cerrar mi cuenta", "darme de baja", "doy de baja", "me doy de baja", "desuscribirme"] },
  { id: "review", en: ["review", "reviews", "feedback", "opinion", "rating", "rate"], es: ["resena", "resenas", "opinion", "comentario", "calificacion", "calificar"] },
  { id: "complaint", en: ["complaint", "complain", "claim", "reclamation", "grievance"], es: ["queja", "quejarme", "reclamo", "reclamacion", "inconformidad"] },
  { id: "problem", en: ["problem", "problems", "issue", "issues", "error", "errors", "trouble", "not working", "doesnt work", "fail", "failed", "broken", "isnt working", "is not working", "wont work", "stopped working", "invalid", "declined", "rejected", "not loading", "bug", "not accepted", "isnt accepted", "wont accept", "doesnt accept", "not going through", "doesnt turn on", "wont turn on", "not turning on", "does not turn on", "wont switch on", "doesnt charge", "wont charge", "stopped charging"], es: ["problema", "problemas", "falla", "error", "errores", "no funciona", "no sirve", "fallo", "roto", "no jala", "rechaza", "rechazada", "invalida", "no carga", "no acepta", "no lo acepta", "no pasa", "no prende", "no enciende", "no carga la bateria", "dejo de funcionar", "ya no funciona"] },
  { id: "express", en: ["express", "expedited", "overnight", "same day", "next day", "fast", "faster", "rush"], es: ["express", "expres", "urgente", "rapido", "mismo dia", "dia siguiente"] },
  { id: "user", en: ["username", "user name", "user", "login name"], es: ["usuario", "nombre de usuario"] },
  { id: "phone", en: ["phone", "phone number", "mobile", "cell"], es: ["telefono", "celular", "numero de telefono"] },
  { id: "name", en: ["name"], es: ["nombre"] },
  { id: "add", en: ["add", "enter", "set up", "setup", "save", "insert", "include", "set", "submit", "put", "apply"], es: ["agregar", "anadir", "ingresar", "poner", "incluir", "guardar", "registrar", "meter", "meto", "introducir", "introduzco", "aplicar", "aplico"] },
  { id: "installments", en: ["=installments", "=installment", "pay later", "monthly payments", "financing", "buy now pay later"], es: ["mensualidades", "meses sin intereses", "a plazos", "financiamiento", "pagos diferidos"] },
  { id: "pickup", en: ["pick up", "pickup", "collect", "click and collect", "curbside"], es: ["recoger", "recoger en tienda", "pasar por"] },
  { id: "policy", en: ["policy", "policies", "rules", "conditions", "terms", "cases", "situations", "circumstances", "eligible", "eligibility", "qualify"], es: ["politica", "politicas", "reglas", "condiciones", "terminos", "casos", "situaciones", "requisitos", "aplica"] },
  { id: "accept", en: ["accept", "accepted", "allowed", "allow", "supported"], es: ["aceptan", "aceptar", "aceptado", "admiten", "reciben", "permiten"] },
  { id: "tier", en: ["gold", "silver", "bronze", "platinum", "freemium", "premium", "basic", "standard", "pro", "vip"], es: ["oro", "plata", "bronce", "platino", "basica", "estandar", "premium"] },
  { id: "details", en: ["details", "info", "information", "data", "personal information", "personal details"], es: ["datos", "informacion", "detalles", "datos personales"] },
  { id: "switch", en: ["switch", "switching", "change to", "changing to", "move to"], es: ["cambiarme a", "pasarme a", "cambiar a", "cambio de cuenta", "mejorar a"] },
  { id: "request", en: ["request", "ask for", "apply for"], es: ["=pedir", "pido", "solicitar", "solicito", "solicitud", "tramitar"] },
  { id: "upgrade", en: ["upgrade", "downgrade", "upgraded"], es: ["mejorar", "subir de nivel"] },
  { id: "slow", en: ["slow", "slowly", "slower", "loading", "load", "forever", "lag", "laggy", "takes forever"], es: ["lento", "lenta", "lentitud", "tarda mucho", "no carga", "carga"] },
  { id: "site", en: ["website", "site", "web site", "page", "pages", "app", "web"], es: ["pagina", "sitio", "web", "aplicacion", "app"] },
  { id: "price_match", en: ["price match", "price matching", "match the price", "price drop", "price dropped", "price adjustment"], es: ["igualar el precio", "igualan precios", "igualacion de precios", "bajo de precio"] },
  { id: "color", en: ["color", "colour", "colors", "colours", "shade"], es: ["color", "colores", "tono"] },
  { id: "choose", en: ["choose", "pick", "select", "selection", "chosen"], es: ["elegir", "elijo", "escoger", "escojo", "seleccionar", "selecciono"] },
  { id: FILLER_CONCEPT, en: ["do you offer", "you offer", "do you guys offer", "you guys offer", "is there any way", "is it possible"], es: ["es posible", "hay manera de", "hay forma de"] },
  // What is bought, named by its category: weighs little (INCIDENTAL_CONCEPTS), so "is the
  // lipstick vegan?" is the vegan question, and "my headphones" does not sink a delivery question
  // in a store whose help centre never names headphones.
  { id: "product", en: ["laptop", "laptops", "computer", "notebook", "tablet", "ipad", "iphone", "smartphone", "tv", "television", "monitor", "screen", "headphones", "headset", "earbuds", "earphones", "speaker", "speakers", "camera", "keyboard", "mouse", "charger", "cable", "console", "smartwatch", "watch", "printer", "router", "cream", "serum", "moisturizer", "moisturiser", "cleanser", "lipstick", "lip balm", "mascara", "shampoo", "conditioner", "perfume", "fragrance", "lotion", "makeup", "eyeshadow", "nail polish", "sunscreen", "toner", "bag", "handbag", "backpack", "wallet", "necklace", "bracelet", "earrings", "jewelry", "jewellery", "sofa", "chair", "table", "lamp", "mattress", "toy", "toys", "book", "books"], es: ["laptop", "computadora", "ordenador", "portatil", "tableta", "tablet", "ipad", "iphone", "smartphone", "television", "televisor", "tele", "tv", "monitor", "pantalla", "audifonos", "auriculares", "cascos", "bocina", "altavoz", "camara", "teclado", "raton", "cargador", "cable", "consola", "reloj", "impresora", "crema", "serum", "hidratante", "limpiador", "labial", "pintalabios", "rimel", "shampoo", "champu", "acondicionador", "perfume", "fragancia", "locion", "maquillaje", "sombra de ojos", "esmalte", "protector solar", "bolsa", "bolso", "mochila", "cartera", "anillo", "collar", "pulsera", "aretes", "pendientes", "joyeria", "sofa", "silla", "mesa", "lampara", "colchon", "juguete", "juguetes", "libro", "libros"] },
  { id: "options", en: ["options", "methods", "choices", "types"], es: ["opciones", "metodos", "tipos", "formas"] },
];
