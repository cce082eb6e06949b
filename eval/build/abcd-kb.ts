/**
 * Knowledge for the fictional AcmeBrands clothing store of ABCD (Chen et al. 2021, MIT): each
 * entry restates, as a shopper-facing answer, a policy from ABCD's agent guidelines
 * (guidelines.json); the subflow it comes from is in `from`. Written for this benchmark.
 */
import type { KbLine } from "./lib.js";

const URL = "https://acmebrands.example/faq";

interface AbcdFaq {
  id: string;
  from: string;
  question: string;
  alternates: string[];
  answer: string;
}

const FAQS: AbcdFaq[] = [
  { id: "abcd-return-window", from: "Product Defect / Return Due to Size|Color|Stain", question: "How long do I have to return an item?", alternates: ["return policy", "can I still return something I bought a while ago"], answer: "It depends on your membership: Gold members have unlimited returns, Silver members 6 months, Bronze members 90 days and guests 30 days from purchase. With a receipt you can return an item at any level." },
  { id: "abcd-return-how", from: "Product Defect / Return Due to Size|Color|Stain", question: "How do I return an item that is the wrong size, color or stained?", alternates: ["start a return", "send an item back"], answer: "Tell us your username, email and order ID and we validate the purchase. You can then return the item by mail (we email you a shipping label for your address), in store, or at a drop-off center." },
  { id: "abcd-refund-methods", from: "Product Defect / Initiate Refund", question: "How will I get my refund?", alternates: ["refund options", "can I get my refund on my credit card"], answer: "You choose: a prepaid gift card or a paper check mailed to your address, value added to your AcmeBrands account, or a refund to the credit card on file." },
  { id: "abcd-refund-status", from: "Product Defect / Refund Status", question: "What is the status of my refund?", alternates: ["where is my refund", "refund not received yet"], answer: "Share your username, email address and order ID and we will look up your refund's status and payment method. Refunds for returned items normally show up within 7 days." },
  { id: "abcd-payment-methods", from: "Order Issue / Status Payment Method", question: "Which payment methods can I use, and can I change the one on my order?", alternates: ["change payment method", "do you take paypal"], answer: "We accept credit cards, debit cards and PayPal. You can change the payment method while the order is 'Order Received' or 'In Transit'; once it is out for delivery, the change applies to future orders." },
  { id: "abcd-add-to-order", from: "Order Issue / Manage Create", question: "Can I add an item to an order I already placed?", alternates: ["add something to my order"], answer: "Yes, if the order has not shipped yet. If it is already on its way, Gold and Silver members can have the new item shipped right away in a separate order at no extra shipping cost." },
  { id: "abcd-overnight-upgrade", from: "Order Issue / Manage Upgrade", question: "Can I upgrade my order to overnight shipping?", alternates: ["faster shipping for my order", "expedite my order"], answer: "You can upgrade to overnight shipping while your order has not shipped yet. Gold members can upgrade at any time." },
  { id: "abcd-recover-username", from: "Account Access / Recover Username", question: "I forgot my username. How do I get it back?", alternates: ["recover username", "what is my user name"], answer: "Give us three of these four: your full name, zip code, phone number and email address, and we will tell you your username." },
  { id: "abcd-reset-password", from: "Account Access / Recover Password", question: "How do I reset my password?", alternates: ["forgot password", "can't log in"], answer: "We need your username and either your PIN or the answer to your security question; then we generate a new password for you." },
  { id: "abcd-two-factor", from: "Account Access / Reset Two-Factor Auth", question: "How do I reset two-factor authentication?", alternates: ["2fa code not working", "lost my authenticator"], answer: "We send a reset code to the email address on your account. If you no longer have that email, give us your PIN instead." },
  { id: "abcd-card-rejected", from: "Troubleshoot Site / Invalid Credit Card", question: "My credit card keeps getting rejected. What can I do?", alternates: ["card declined at checkout", "invalid credit card"], answer: "Enter the card details again, then try logging out and back in. Check that the card has not expired. If it still fails, an agent can place the order for you." },
  { id: "abcd-cart-not-updating", from: "Troubleshoot Site / Cart Not Updating", question: "My shopping cart is not updating. What should I do?", alternates: ["can't add items to cart"], answer: "Refresh the page and add the item again, or log out and back in. Also check that the item is not out of stock (shown at the bottom left of the product page)." },
  { id: "abcd-search-broken", from: "Troubleshoot Site / Search Not Working", question: "The search on your site isn't working.", alternates: ["search shows no results"], answer: "Log out and back in, and clear your browser's cookies (browser settings → More details). Try searching for a different product; we have also told our website team." },
  { id: "abcd-site-slow", from: "Troubleshoot Site / Website Too Slow", question: "Why is the website so slow?", alternates: ["site taking forever to load"], answer: "Try another website: if all are slow, it is your connection. Otherwise close other browser tabs and programs and log out and back in; we have reported the slowness to our website team." },
  { id: "abcd-promo-code", from: "Purchase Dispute / Promo Code Invalid|Out of Date", question: "My promo code is invalid or expired.", alternates: ["coupon code not working", "discount code expired"], answer: "We check the code first. If it should have worked, or if you are a Bronze, Silver or Gold member, we give you a new code for 20% off your next purchase." },
  { id: "abcd-price-match", from: "Purchase Dispute / Bad Price Competitor|Yesterday", question: "I found a lower price elsewhere, or the price dropped after I bought. Can you match it?", alternates: ["price match", "it was cheaper yesterday"], answer: "Tell us your order ID and where you saw the lower price; we review it and may offer a promo code for the difference." },
  { id: "abcd-missing-item", from: "Shipping Issue / Missing Item", question: "My order never arrived. What happened?", alternates: ["package not delivered", "item missing"], answer: "Deliveries can take a few days. If you have waited a week or longer, we ship a new order to your address." },
  { id: "abcd-shipping-cost", from: "Shipping Issue / Shipping Cost", question: "Shipping was too expensive. Can I get the fee back?", alternates: ["waive shipping fee", "refund the shipping cost"], answer: "Standard shipping is $8. If your order has not gone out for delivery, we can waive the fee; after that we can refund part of it." },
  { id: "abcd-subscription-renew", from: "Subscription Inquiry / Manage Pay Bill|Status", question: "How much is the premium subscription and how do I renew it?", alternates: ["pay my subscription bill", "when is my subscription due"], answer: "The premium subscription costs $99 a year. Sign in to your account to see the amount and date due, or tell us how much you want to pay and we renew it for you." },
  { id: "abcd-membership-levels", from: "Storewide Query / Membership FAQ", question: "What are the membership levels and their benefits?", alternates: ["gold vs silver membership", "how do I become a gold member"], answer: "There are four levels: Guest, Bronze, Silver and Gold. Higher levels get longer return windows (Gold: unlimited), fee waivers and priority shipping perks." },
];

const ARTICLES: KbLine[] = [
  {
    id: "abcd-pricing-article", kind: "article", lang: "en", title: "Pricing and timing FAQ", url: `${URL}/pricing`,
    body: [
      "Answers to common questions about prices and dates (from ABCD's Storewide Query FAQ).",
      "## Gift wrapping",
      "Gift wrapping costs $5 per item and can be added at checkout.",
      "## Name stitching",
      "We can stitch your name on jackets and shirts for $10.",
      "## Free shipping",
      "Orders over $75 qualify for free standard shipping.",
      "## Sales and collections",
      "The spring collection drops in March and the annual sale begins on the first Friday of November.",
    ].join("\n"),
  },
];

export const ABCD_KB: KbLine[] = [
  ...FAQS.map((f): KbLine => ({ id: f.id, kind: "faq", lang: "en", question: f.question, alternates: f.alternates, answer: f.answer, url: `${URL}#${f.id}` })),
  ...ARTICLES,
];
