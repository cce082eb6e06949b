/**
 * Hand-written English shopper messages for the English knowledge (en-kb.ts): natural phrasings,
 * slang and typos, follow-ups in context, requests for people, and questions the knowledge does
 * not cover. `kb` lists every entry that answers correctly.
 */
export interface WrittenCase {
  messages: string[];
  expect: "answer" | "handoff" | "human_request";
  kb?: string[];
}

const answer = (kb: string[], ...messages: string[]): WrittenCase => ({ messages, expect: "answer", kb });
const handoff = (...messages: string[]): WrittenCase => ({ messages, expect: "handoff" });
const human = (...messages: string[]): WrittenCase => ({ messages, expect: "human_request" });

export const EN_WRITTEN: WrittenCase[] = [
  answer(["track-order"], "wheres my package at??"),
  answer(["track-order"], "hi", "can you tell me where my parcel is"),
  answer(["track-order"], "i ordered last week, how can i see the status of the shipment"),
  answer(["delivery-time", "shipping-guide"], "how long till my order gets here"),
  answer(["delivery-time"], "when will my stuff arrive?"),
  answer(["delivery-time"], "how many days does shipping take"),
  answer(["international-shipping"], "do you ship to canada?"),
  answer(["international-shipping"], "do you ship to Canada?", "and to Mexico?"),
  answer(["international-shipping"], "can i order from spain"),
  answer(["international-shipping"], "Do you deliver overseas?"),
  answer(["size-guide"], "what size should i get in your sneakers, im usually a 9"),
  answer(["size-guide"], "is there a sizing chart?"),
  answer(["size-guide"], "do your shoes run small?"),
  answer(["exchanges", "returns-guide"], "the shirt is too big can i swap it for a medium"),
  answer(["exchanges"], "can i exchange my jeans for another colour"),
  answer(["exchanges", "returns-guide", "refund-policy"], "How do I return shoes?", "what about exchanging them for a bigger size?"),
  answer(["returns-guide", "refund-policy"], "how many days do i have to send back shoes?"),
  answer(["returns-guide", "refund-policy"], "whats the return window"),
  answer(["returns-guide", "request-refund"], "how do i send something back"),
  answer(["returns-guide", "refund-status"], "I returned a jacket. when will the money be back on my card?"),
  answer(["shipping-guide", "delivery-options"], "how much is shipping"),
  answer(["shipping-guide"], "is shipping free over $50?"),
  answer(["shipping-guide"], "can you ship to a PO box"),
  answer(["gift-cards"], "do u have gift cards"),
  answer(["gift-cards"], "I want to buy a gift card for my sister"),
  answer(["damaged-item"], "my order came broken"),
  answer(["damaged-item"], "you sent me the wrong item"),
  answer(["damaged-item"], "the sweater I received has a hole in it, it's defective"),
  answer(["payment-methods"], "can i pay with paypal?"),
  answer(["payment-methods"], "do you take apple pay or only cards"),
  answer(["reset-password"], "cant log in, forgot my pasword"),
  answer(["reset-password"], "how to reset pw"),
  answer(["cancel-order"], "I ordered the wrong thing, can I cancel it?"),
  answer(["cancel-order"], "pls cancel my order"),
  answer(["invoices"], "i need a receipt for my purchase"),
  answer(["create-account"], "how do i make an account"),
  answer(["newsletter"], "how do i stop getting your promo emails"),
  answer(["refund-status"], "still waiting for my refund, where is it?"),
  answer(["delivery-options"], "do you have next day delivery?"),
  answer(["shipping-address"], "I moved, how do I change the address for deliveries"),
  human("can I talk to a real person"),
  human("agent pls"),
  human("this bot is not helping, get me a human"),
  human("I want to return this, can a human check my order?"),
  human("where's my order?", "just let me speak with someone from your team"),
  human("representative"),
  human("connect me with customer support"),
  human("is there a live person I can chat with"),
  handoff("do you have the blue linen dress in size 8?"),
  handoff("will the black boots be restocked soon"),
  handoff("can i pick up my order in store today"),
  handoff("do you price match amazon"),
  handoff("is this jacket waterproof?"),
  handoff("what's the weather like in denver tomorrow"),
  handoff("can you recommend a good pizza place"),
  handoff("I was charged twice for the same order"),
  handoff("do you ship to canada?", "what's your favorite movie?"),
  handoff("are you hiring?"),
  handoff("my discount code doesn't work at checkout"),
  handoff("is the leather sourced ethically?"),
];
