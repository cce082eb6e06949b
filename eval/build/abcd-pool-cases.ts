/**
 * A tuning pool (all "dev") for the ABCD knowledge: more customer phrasings of ABCD's scenarios,
 * written separately from abcd-cases.ts so that the ABCD test split stays unseen while tuning.
 */
import type { WrittenCase } from "./en-cases.js";

const answer = (kb: string[], ...messages: string[]): WrittenCase => ({ messages, expect: "answer", kb });
const handoff = (...messages: string[]): WrittenCase => ({ messages, expect: "handoff" });
const human = (...messages: string[]): WrittenCase => ({ messages, expect: "human_request" });

const RETURN = ["abcd-return-window", "abcd-return-how"];

export const ABCD_POOL: WrittenCase[] = [
  answer(RETURN, "these boots don't fit, can I send them back?"),
  answer(RETURN, "I got the shirt in the wrong color and want to return it"),
  answer(["abcd-return-window"], "what's the return deadline for bronze members"),
  answer(["abcd-return-window"], "I lost my receipt, can I still return my jeans?"),
  answer(["abcd-return-how"], "can I drop off a return somewhere?"),
  answer(["abcd-return-how"], "do I need to print a shipping label for my return"),
  answer(["abcd-refund-methods"], "can you mail me a check for my refund"),
  answer(["abcd-refund-methods"], "I'd rather get store credit than money back"),
  answer(["abcd-refund-status"], "has my refund been processed yet?"),
  answer(["abcd-refund-status"], "I'm still waiting on the refund for my jacket"),
  answer(["abcd-payment-methods"], "can I switch my order to paypal?"),
  answer(["abcd-payment-methods"], "which cards do you take"),
  answer(["abcd-add-to-order"], "I want to add a pair of socks to my existing order"),
  answer(["abcd-overnight-upgrade"], "can I get overnight delivery on an order I already placed"),
  answer(["abcd-recover-username"], "I don't know my username anymore"),
  answer(["abcd-reset-password"], "how can I change my password, I forgot the old one"),
  answer(["abcd-two-factor"], "I'm not getting the 2fa code"),
  answer(["abcd-card-rejected"], "checkout keeps rejecting my visa"),
  answer(["abcd-cart-not-updating"], "the shopping cart doesn't show the items I added"),
  answer(["abcd-search-broken"], "searching for anything gives zero results"),
  answer(["abcd-site-slow"], "pages are loading really slowly"),
  answer(["abcd-promo-code"], "my discount code isn't accepted at checkout"),
  answer(["abcd-price-match"], "do you price match other stores?"),
  answer(["abcd-missing-item"], "my package was supposed to arrive last week and never did"),
  answer(["abcd-shipping-cost", "abcd-pricing-article"], "why is shipping $8? can you refund it"),
  answer(["abcd-subscription-renew"], "how do I renew my premium subscription"),
  answer(["abcd-membership-levels"], "how do I get gold membership"),
  answer(["abcd-pricing-article"], "is gift wrap available and what does it cost"),
  answer(["abcd-pricing-article", "abcd-shipping-cost"], "what's the minimum for free shipping"),
  human("I need to talk to someone in person about my account"),
  human("can I get a supervisor"),
  handoff("someone added a service to my account without asking me"),
  handoff("I'm missing store credit from a promotion"),
  handoff("my bill shows a charge for something I returned"),
  handoff("the confirmation email shows the wrong quantity"),
  handoff("can I move my delivery to the evening"),
  handoff("how do I update the phone number on file"),
  handoff("what time does your downtown store open"),
  handoff("is the denim jacket machine washable"),
  handoff("do the boots come in wide sizes"),
  handoff("can I get more time to pay my subscription"),
  handoff("what's the weather going to be this weekend"),
];
