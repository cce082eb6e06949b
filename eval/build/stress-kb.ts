/**
 * Knowledge of two fictional stores written for the generalisation stress sets (eval/gadgets,
 * eval/beauty): an electronics shop and a cosmetics shop, each FAQ in English and in Spanish
 * (the Spanish id ends in `-es`). Written by hand for Relevo as a merchant would write a help
 * centre, before the answerer was run on them; no case text appears here.
 */
import type { FaqLine } from "./lib.js";

type Faq = [id: string, question: string, alternates: string[], answer: string];

function both(store: string, en: Faq[], es: Faq[]): FaqLine[] {
  const line = (lang: string, suffix: string) => ([id, question, alternates, answer]: Faq): FaqLine => ({
    id: `${store}-${id}${suffix}`,
    kind: "faq",
    lang,
    question,
    alternates,
    answer,
  });
  return [...en.map(line("en", "")), ...es.map(line("es", "-es"))];
}

export const GADGETS_KB: FaqLine[] = both(
  "gadgets",
  [
    ["delivery-time", "How long does delivery take?", ["shipping times"], "Orders placed before 2 pm ship the same business day. Standard delivery takes 3–5 business days; express takes 1–2."],
    ["shipping-cost", "How much does shipping cost?", ["is shipping free?"], "Standard shipping is free on orders over $50; below that it costs $5.99. Express shipping costs $14.99."],
    ["international", "Do you ship outside the United States?", ["international shipping"], "We ship to the United States, Canada and Mexico. Duties and import taxes for Canada and Mexico are charged at checkout."],
    ["track", "How can I track my order?", ["order status"], "When your order ships we email you a tracking link. You can also see the status under My Orders in your account."],
    ["return-policy", "What is your return policy?", ["can I return an item?"], "You can return most items within 30 days of delivery, opened or not, as long as all accessories and the original box are included."],
    ["return-how", "How do I start a return?", ["return label"], "Go to My Orders, choose the item and select Return. We email you a prepaid return label; drop the package at any carrier location."],
    ["refund-time", "When will I get my refund?", ["refund status"], "We refund to your original payment method within 5 business days after the returned item reaches our warehouse. Your bank may take a few more days to show it."],
    ["warranty", "What warranty do your products have?", ["warranty claim"], "Every product has a one-year manufacturer warranty against defects. To make a claim, send us your order number and a description or video of the fault."],
    ["payment-methods", "Which payment methods do you accept?", ["can I pay with PayPal?"], "We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay."],
    ["financing", "Can I pay in installments?", ["monthly payments"], "Yes. Choose Affirm at checkout to split orders over $100 into 3, 6 or 12 monthly payments, subject to approval."],
    ["cancel", "How do I cancel my order?", ["cancel order"], "You can cancel from My Orders until the order ships. Once it has shipped, refuse the delivery or start a return."],
    ["change-address", "Can I change the shipping address of my order?", ["wrong address"], "You can edit the address from My Orders until the order ships. After that the carrier cannot redirect it."],
    ["damaged", "My item arrived damaged or doesn't work. What do I do?", ["defective item"], "Sorry about that! Report it within 7 days of delivery from My Orders with a photo, and we send a free replacement or refund you in full."],
    ["price-match", "Do you price match?", ["price adjustment"], "We match the price of authorised US retailers for the same new item in stock. If our own price drops within 14 days of your purchase, we refund the difference."],
    ["trade-in", "Do you have a trade-in program?", ["trade in my old phone"], "Yes. Get a quote for your old phone, tablet or laptop on our Trade-In page, send it with the free label, and we give you store credit once it is checked."],
    ["pickup", "Can I pick up my order in a store?", ["store pickup"], "Choose Pick up at checkout and collect your order at one of our 12 stores, usually within 2 hours. Bring your ID and order number."],
    ["password", "I forgot my password", ["reset password"], "Click Forgot password on the sign-in page and we email you a link to choose a new one. The link is valid for one hour."],
    ["confirmation-email", "I didn't receive my order confirmation email", ["no confirmation email"], "Check your spam folder first. If it is not there, your order still appears under My Orders; you can resend the confirmation from there."],
  ],
  [
    ["delivery-time", "¿Cuánto tarda la entrega?", ["tiempos de envío"], "Los pedidos hechos antes de las 2 pm salen el mismo día hábil. El envío estándar tarda de 3 a 5 días hábiles; el exprés, de 1 a 2."],
    ["shipping-cost", "¿Cuánto cuesta el envío?", ["¿el envío es gratis?"], "El envío estándar es gratis en pedidos de más de 50 dólares; por debajo cuesta 5.99. El envío exprés cuesta 14.99."],
    ["international", "¿Hacen envíos fuera de Estados Unidos?", ["envíos internacionales"], "Enviamos a Estados Unidos, Canadá y México. Los aranceles e impuestos de importación para Canadá y México se cobran al pagar."],
    ["track", "¿Cómo rastreo mi pedido?", ["estado del pedido"], "Cuando tu pedido sale te enviamos un enlace de rastreo por correo. También puedes ver el estado en Mis pedidos, dentro de tu cuenta."],
    ["return-policy", "¿Cuál es su política de devoluciones?", ["¿puedo devolver un artículo?"], "Puedes devolver la mayoría de los artículos dentro de los 30 días posteriores a la entrega, abiertos o no, siempre que incluyas todos los accesorios y la caja original."],
    ["return-how", "¿Cómo inicio una devolución?", ["etiqueta de devolución"], "Entra en Mis pedidos, elige el artículo y selecciona Devolver. Te enviamos por correo una etiqueta prepagada; deja el paquete en cualquier punto de la paquetería."],
    ["refund-time", "¿Cuándo recibo mi reembolso?", ["estado del reembolso"], "Reembolsamos a tu método de pago original en un plazo de 5 días hábiles después de que el artículo llega a nuestro almacén. Tu banco puede tardar unos días más en reflejarlo."],
    ["warranty", "¿Qué garantía tienen sus productos?", ["reclamar la garantía"], "Todos los productos tienen un año de garantía del fabricante contra defectos. Para reclamarla, envíanos tu número de pedido y una descripción o un video de la falla."],
    ["payment-methods", "¿Qué formas de pago aceptan?", ["¿puedo pagar con PayPal?"], "Aceptamos Visa, Mastercard, American Express, PayPal, Apple Pay y Google Pay."],
    ["financing", "¿Puedo pagar a meses?", ["pagos mensuales"], "Sí. Elige Affirm al pagar para dividir pedidos de más de 100 dólares en 3, 6 o 12 pagos mensuales, sujeto a aprobación."],
    ["cancel", "¿Cómo cancelo mi pedido?", ["cancelar pedido"], "Puedes cancelarlo desde Mis pedidos mientras no se haya enviado. Si ya salió, rechaza la entrega o inicia una devolución."],
    ["change-address", "¿Puedo cambiar la dirección de envío de mi pedido?", ["dirección equivocada"], "Puedes editar la dirección desde Mis pedidos hasta que el pedido se envíe. Después, la paquetería no puede desviarlo."],
    ["damaged", "Mi artículo llegó dañado o no funciona, ¿qué hago?", ["artículo defectuoso"], "¡Lo sentimos! Repórtalo dentro de los 7 días posteriores a la entrega desde Mis pedidos con una foto, y te mandamos un reemplazo gratis o te reembolsamos todo."],
    ["price-match", "¿Igualan precios?", ["ajuste de precio"], "Igualamos el precio de tiendas autorizadas de EE. UU. para el mismo artículo nuevo y en existencia. Si nuestro precio baja dentro de los 14 días posteriores a tu compra, te devolvemos la diferencia."],
    ["trade-in", "¿Tienen programa de intercambio de equipos usados?", ["entregar mi celular viejo a cambio"], "Sí. Cotiza tu teléfono, tableta o laptop usada en nuestra página Trade-In, envíala con la etiqueta gratis y te damos crédito en tienda cuando la revisemos."],
    ["pickup", "¿Puedo recoger mi pedido en tienda?", ["recoger en tienda"], "Elige Recoger al pagar y pasa por tu pedido a una de nuestras 12 tiendas, normalmente en 2 horas. Lleva tu identificación y tu número de pedido."],
    ["password", "Olvidé mi contraseña", ["restablecer contraseña"], "Haz clic en ¿Olvidaste tu contraseña? en la página de inicio de sesión y te enviamos un enlace para elegir una nueva. El enlace vale una hora."],
    ["confirmation-email", "No me llegó el correo de confirmación del pedido", ["sin correo de confirmación"], "Revisa primero tu carpeta de spam. Si no está, tu pedido aparece igual en Mis pedidos; desde ahí puedes reenviar la confirmación."],
  ],
);

export const BEAUTY_KB: FaqLine[] = both(
  "beauty",
  [
    ["delivery-time", "When will my order arrive?", ["delivery times"], "We dispatch within 1 business day. Delivery takes 2–4 business days in mainland Spain and 4–7 to the rest of the EU."],
    ["free-shipping", "Do you offer free shipping?", ["shipping cost"], "Shipping is free on orders over €35. Below that, standard shipping costs €3.95."],
    ["track", "How do I track my parcel?", ["tracking number"], "You get an email with the tracking number as soon as your parcel leaves our warehouse. Follow it on the carrier's website."],
    ["returns", "Can I return a product?", ["return policy"], "Unopened products can be returned within 30 days for a full refund. For hygiene reasons we cannot accept opened products, unless they caused a reaction (see allergic reactions)."],
    ["reaction", "What if a product gives me an allergic reaction?", ["irritation"], "Stop using it straight away and see a doctor if needed. Send us a photo and your order number within 30 days and we refund it, even if it is opened."],
    ["cruelty-free", "Are your products cruelty-free and vegan?", ["tested on animals?"], "All our products are cruelty-free and certified by Leaping Bunny; we never test on animals. Everything except the beeswax lip balms is vegan."],
    ["ingredients", "Where can I see the ingredients?", ["ingredient list"], "The full INCI ingredient list is on every product page, under Ingredients, and printed on the packaging."],
    ["samples", "Do you include free samples?", ["samples"], "Every order includes two free samples. You can choose them in the cart before checkout."],
    ["loyalty", "How does the loyalty program work?", ["points"], "Earn 1 point per euro spent. 100 points give you a €5 voucher, which you can use on your next order."],
    ["subscription", "How do I pause or cancel my subscription?", ["auto-replenish"], "Go to Account > Subscriptions to skip a delivery, change how often it arrives, pause or cancel. Changes made 3 days before the next shipment apply to it."],
    ["payment", "What payment methods can I use?", ["pay with card"], "We accept Visa, Mastercard, PayPal, Bizum and Klarna (pay in 3 interest-free instalments)."],
    ["promo-code", "How do I use a discount code?", ["promo code"], "Enter the code in the Discount code box in the cart and press Apply. Only one code can be used per order."],
    ["shelf-life", "How long do the products last once opened?", ["expiry date"], "Check the open-jar symbol on the package: 6M or 12M means 6 or 12 months after opening. Unopened, our products keep for 3 years."],
    ["shade", "How do I find my foundation shade?", ["shade finder"], "Take our online Shade Finder quiz: answer 5 questions about your skin tone and undertone and we suggest your shade."],
    ["international", "Do you ship outside the EU?", ["ship to the UK"], "We ship within the European Union, the United Kingdom and Switzerland. Orders to the UK and Switzerland may pay import duties on delivery."],
    ["gift-wrap", "Can I send an order as a gift?", ["gift wrapping"], "Yes: tick Gift wrap in the cart (€2.50) and add a message. Prices are not shown in gift orders."],
    ["cancel", "Can I cancel my order?", ["cancel order"], "Write to us within 1 hour of placing the order and we cancel it. After that it is already being prepared; you can return it once received."],
  ],
  [
    ["delivery-time", "¿Cuándo llegará mi pedido?", ["plazos de entrega"], "Enviamos en 1 día hábil. La entrega tarda de 2 a 4 días hábiles en la península y de 4 a 7 al resto de la UE."],
    ["free-shipping", "¿Tienen envío gratis?", ["gastos de envío"], "El envío es gratis en pedidos de más de 35 €. Por debajo, el envío estándar cuesta 3,95 €."],
    ["track", "¿Cómo sigo mi paquete?", ["número de seguimiento"], "Recibes un correo con el número de seguimiento en cuanto el paquete sale del almacén. Síguelo en la web de la empresa de transporte."],
    ["returns", "¿Puedo devolver un producto?", ["política de devoluciones"], "Los productos sin abrir se pueden devolver en 30 días con reembolso completo. Por higiene no aceptamos productos abiertos, salvo que te hayan causado una reacción (ver reacciones alérgicas)."],
    ["reaction", "¿Y si un producto me da alergia?", ["irritación"], "Deja de usarlo enseguida y consulta a un médico si hace falta. Envíanos una foto y tu número de pedido en 30 días y te lo reembolsamos, aunque esté abierto."],
    ["cruelty-free", "¿Sus productos son cruelty-free y veganos?", ["¿prueban en animales?"], "Todos nuestros productos son cruelty-free con certificado Leaping Bunny; nunca probamos en animales. Todo es vegano excepto los bálsamos labiales con cera de abeja."],
    ["ingredients", "¿Dónde veo los ingredientes?", ["lista de ingredientes"], "La lista completa de ingredientes INCI está en cada página de producto, en Ingredientes, y en el envase."],
    ["samples", "¿Incluyen muestras gratis?", ["muestras"], "Cada pedido incluye dos muestras gratis. Puedes elegirlas en la cesta antes de pagar."],
    ["loyalty", "¿Cómo funciona el programa de puntos?", ["puntos"], "Ganas 1 punto por cada euro. Con 100 puntos obtienes un vale de 5 € para tu próximo pedido."],
    ["subscription", "¿Cómo pauso o cancelo mi suscripción?", ["reposición automática"], "Ve a Cuenta > Suscripciones para saltar un envío, cambiar la frecuencia, pausar o cancelar. Los cambios hechos 3 días antes del próximo envío se aplican a ese envío."],
    ["payment", "¿Qué métodos de pago aceptan?", ["pagar con tarjeta"], "Aceptamos Visa, Mastercard, PayPal, Bizum y Klarna (paga en 3 plazos sin intereses)."],
    ["promo-code", "¿Cómo uso un código de descuento?", ["código promocional"], "Escribe el código en la casilla Código de descuento de la cesta y pulsa Aplicar. Solo se puede usar un código por pedido."],
    ["shelf-life", "¿Cuánto duran los productos una vez abiertos?", ["fecha de caducidad"], "Mira el símbolo del tarro abierto en el envase: 6M o 12M significa 6 o 12 meses después de abrirlo. Sin abrir, duran 3 años."],
    ["shade", "¿Cómo encuentro mi tono de base?", ["buscador de tonos"], "Haz nuestro test online Encuentra tu tono: responde 5 preguntas sobre tu tono y subtono de piel y te sugerimos el tuyo."],
    ["international", "¿Envían fuera de la UE?", ["envíos a Reino Unido"], "Enviamos a la Unión Europea, Reino Unido y Suiza. Los pedidos a Reino Unido y Suiza pueden pagar aranceles al entregarse."],
    ["gift-wrap", "¿Puedo enviar un pedido como regalo?", ["envolver para regalo"], "Sí: marca Envolver para regalo en la cesta (2,50 €) y añade un mensaje. En los pedidos de regalo no se muestran los precios."],
    ["cancel", "¿Puedo cancelar mi pedido?", ["cancelar pedido"], "Escríbenos dentro de la hora siguiente a hacer el pedido y lo cancelamos. Después ya se está preparando; puedes devolverlo cuando lo recibas."],
  ],
);
