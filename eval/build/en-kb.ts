/**
 * The English store knowledge. FAQ answers for Bitext intents are Bitext's canonical responses
 * (canonical_responses_v1.csv, CDLA-Sharing-1.0); their alternates are a few Bitext utterances
 * picked by build-en.ts (and then excluded from the cases). Questions, keyword alternates, the
 * extra FAQs and the articles are written for this benchmark.
 */
export interface FaqSpec {
  id: string;
  /** Bitext intents this entry answers (its answer is the first intent's canonical response). */
  intents: string[];
  question: string;
  /** Short keyword alternates a merchant would add. */
  keywords: string[];
  /** Answer text when not taken from Bitext. */
  answer?: string;
  url: string;
}

const SHOP = "https://shop.example";

export const EN_FAQS: FaqSpec[] = [
  { id: "cancel-order", intents: ["cancel_order"], question: "How do I cancel my order?", keywords: ["cancel order"], url: `${SHOP}/help/cancel` },
  { id: "place-order", intents: ["place_order"], question: "How do I place an order?", keywords: ["how to buy", "make a purchase"], url: `${SHOP}/help/ordering` },
  { id: "track-order", intents: ["track_order"], question: "How can I track my order?", keywords: ["order status", "where is my order"], url: `${SHOP}/help/tracking` },
  { id: "shipping-address", intents: ["change_shipping_address", "set_up_shipping_address"], question: "How do I add or change my shipping address?", keywords: ["update delivery address"], url: `${SHOP}/help/addresses` },
  { id: "invoices", intents: ["get_invoice", "check_invoice"], question: "Where can I find or download my invoice?", keywords: ["invoice", "receipt copy"], url: `${SHOP}/help/invoices` },
  { id: "payment-methods", intents: ["check_payment_methods"], question: "What payment methods do you accept?", keywords: ["payment options", "can I pay with PayPal"], url: `${SHOP}/help/payment` },
  { id: "refund-policy", intents: ["check_refund_policy"], question: "What is your refund policy?", keywords: ["refund policy", "money back guarantee"], url: `${SHOP}/help/refunds` },
  { id: "request-refund", intents: ["get_refund"], question: "How do I request a refund?", keywords: ["get my money back"], url: `${SHOP}/help/refunds` },
  { id: "refund-status", intents: ["track_refund"], question: "How can I check the status of my refund?", keywords: ["refund status", "where is my refund"], url: `${SHOP}/help/refunds` },
  { id: "create-account", intents: ["create_account"], question: "How do I create an account?", keywords: ["sign up", "register"], url: `${SHOP}/help/account` },
  { id: "edit-account", intents: ["edit_account"], question: "How do I update my account details?", keywords: ["edit profile"], url: `${SHOP}/help/account` },
  { id: "reset-password", intents: ["recover_password"], question: "I forgot my password. How do I reset it?", keywords: ["reset password", "forgot password"], url: `${SHOP}/help/password` },
  { id: "delivery-options", intents: ["delivery_options"], question: "What delivery options do you offer?", keywords: ["shipping methods", "express shipping"], url: `${SHOP}/help/shipping` },
  { id: "delivery-time", intents: ["delivery_period"], question: "How long does delivery take?", keywords: ["delivery time", "when will my order arrive"], url: `${SHOP}/help/shipping` },
  { id: "newsletter", intents: ["newsletter_subscription"], question: "How do I subscribe to the newsletter?", keywords: ["newsletter", "unsubscribe from emails"], url: `${SHOP}/newsletter` },
  { id: "cancellation-fee", intents: ["check_cancellation_fee"], question: "Is there a fee for cancelling?", keywords: ["cancellation fee", "early termination charge"], url: `${SHOP}/help/cancel` },
  { id: "leave-review", intents: ["review"], question: "How can I leave a review or feedback?", keywords: ["write a review"], url: `${SHOP}/help/reviews` },
  {
    id: "international-shipping", intents: [], question: "Do you ship internationally?", keywords: ["ship abroad", "shipping to other countries"],
    answer: "Yes. We ship to the US, Canada, Mexico and most of Europe. International orders take 7-14 business days; duties and import taxes are paid by the recipient on delivery.",
    url: `${SHOP}/help/international`,
  },
  {
    id: "size-guide", intents: [], question: "How do I find my size?", keywords: ["size chart", "sizing", "what size should I order"],
    answer: "Every product page has a size chart with measurements in inches and centimetres. Our shoes run true to size; if you are between sizes, choose the larger one.",
    url: `${SHOP}/help/sizes`,
  },
  {
    id: "exchanges", intents: [], question: "Can I exchange an item for a different size or color?", keywords: ["exchange", "swap for another size"],
    answer: "Yes. Exchanges are free within 30 days of delivery: start one from Order History, choose the new size or color, and we ship it as soon as we receive the original.",
    url: `${SHOP}/help/exchanges`,
  },
  {
    id: "gift-cards", intents: [], question: "Do you sell gift cards?", keywords: ["gift card", "gift certificate"],
    answer: "Yes. Digital gift cards from $10 to $500 are sent by email and never expire. You can use one or more gift cards at checkout together with another payment method.",
    url: `${SHOP}/gift-cards`,
  },
  {
    id: "damaged-item", intents: [], question: "What do I do if my item arrived damaged or wrong?", keywords: ["broken item", "wrong item received", "defective product"],
    answer: "Sorry about that! Send us a photo from Order History → Report a problem within 14 days of delivery and we will send a replacement or a full refund, with free return shipping.",
    url: `${SHOP}/help/damaged`,
  },
];

export interface ArticleSpec {
  id: string;
  title: string;
  body: string;
  url: string;
}

export const EN_ARTICLES: ArticleSpec[] = [
  {
    id: "returns-guide",
    title: "Returns and refunds guide",
    url: `${SHOP}/help/returns`,
    body: [
      "Everything about sending items back and getting your money back.",
      "## Return window",
      "You can return unworn, unwashed items with their tags within 30 days of delivery. Sale items can be returned for store credit only.",
      "## How to start a return",
      "Go to Order History, choose the order and click Return items. Print the prepaid label and drop the parcel at any post office. Return shipping is free in the US.",
      "## When will I get my refund?",
      "We refund to the original payment method within 5 business days of receiving your return. Your bank may take another 3-5 days to show it.",
    ].join("\n"),
  },
  {
    id: "shipping-guide",
    title: "Shipping guide",
    url: `${SHOP}/help/shipping-guide`,
    body: [
      "How we ship your order.",
      "## Shipping costs",
      "Standard shipping is free on orders over $50; below that it costs $4.95. Express shipping costs $14.95.",
      "## Order processing",
      "Orders placed before 2 pm on a business day leave our warehouse the same day. You get an email with the tracking number when your parcel ships.",
      "## Shipping to a PO box",
      "We can deliver standard shipments to PO boxes. Express shipments need a street address.",
    ].join("\n"),
  },
];
