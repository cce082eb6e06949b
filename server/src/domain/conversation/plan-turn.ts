import type { AgentDecision, HandoffReason } from "../agent-decision.js";
import { checkEmailAddress, extractEmailAddress } from "../email-address.js";
import { customMessageFor } from "../handoff-method.js";
import { transition, type ConversationEventName } from "./conversation-state-machine.js";
import { endedStatuses, humanOwnedStatuses } from "./conversation-status.js";
import { safetyText, shopperTexts } from "./shopper-texts.js";
import type { ReplyDraft, TurnAgent, TurnInput, TurnPlan, TurnSettings, TurnState } from "./turn-plan.js";

/**
 * The handoff policy: what one shopper message does to a conversation. Pure — the agent's analysis is
 * injected — so every path of DESIGN.md §2 is tested without storage or transport.
 *
 * @example
 * const plan = await planTurn(state, { kind: "text", text: "where is my parcel?" }, agent, settings);
 * plan.status; // "ai" with an answer, or "offering" when the knowledge has none
 */
export async function planTurn(
  state: TurnState,
  input: TurnInput,
  agent: TurnAgent,
  settings: TurnSettings,
): Promise<TurnPlan> {
  const plan = startPlan(state);
  if (endedStatuses.includes(plan.status)) restartContext(plan);
  if (humanOwnedStatuses.includes(plan.status)) return plan; // people own it: the AI stays silent
  if (plan.status === "offering") return planWhileOffering(plan, input, agent, settings);
  if (plan.status === "collecting_email") return planWhileCollectingEmail(plan, input, agent, settings);
  return planWhileAi(plan, input, agent, settings);
}

function startPlan(state: TurnState): TurnPlan {
  return {
    status: state.status,
    events: [],
    replies: [],
    visitorMeta: null,
    lang: state.lang,
    unansweredInARow: state.unansweredInARow,
    pendingReason: state.pendingReason,
    email: state.email,
    handoff: null,
    restartedContext: false,
  };
}

function apply(plan: TurnPlan, name: ConversationEventName, data?: Record<string, unknown>): void {
  const to = transition(plan.status, name);
  plan.events.push({ name, from: plan.status, to, ...(data ? { data } : {}) });
  plan.status = to;
}

function restartContext(plan: TurnPlan): void {
  apply(plan, "context_restarted");
  plan.restartedContext = true;
  plan.unansweredInARow = 0;
  plan.pendingReason = null;
}

async function planWhileAi(plan: TurnPlan, input: TurnInput, agent: TurnAgent, settings: TurnSettings) {
  if (input.kind === "action") {
    if (input.action === "human.request") return startHandoff(plan, "customer_request", settings);
    return plan; // accept/decline outside an offer: nothing to do, stored and acknowledged
  }
  const decision = await agent.decide(input.text);
  plan.lang = decision.lang;
  plan.visitorMeta = decisionMeta(decision);
  return applyDecision(plan, decision, settings);
}

function applyDecision(plan: TurnPlan, decision: AgentDecision, settings: TurnSettings): TurnPlan {
  const texts = shopperTexts(plan.lang);
  switch (decision.kind) {
    case "answer":
      plan.unansweredInARow = 0;
      plan.replies.push({
        author: "ai",
        text: decision.text,
        citations: decision.citations,
        meta: { decision: "answer", knowledgeIds: decision.knowledgeIds },
      });
      return plan;
    case "smalltalk":
      plan.replies.push({ author: "ai", text: decision.smalltalk === "greeting" ? texts.greeting : texts.thanks });
      return plan;
    case "solved":
      plan.replies.push({ author: "ai", text: texts.solved });
      apply(plan, "resolved_by_ai");
      return plan;
    case "human_request":
      return startHandoff(plan, "customer_request", settings);
    case "safety":
      return offerPerson(plan, "safety", settings, safetyText(texts, decision.safety), { safety: decision.safety });
    case "no_knowledge": {
      plan.unansweredInARow += 1;
      const reason: HandoffReason = plan.unansweredInARow >= 2 ? "repeated_failure" : "missing_knowledge";
      const text = reason === "repeated_failure" ? texts.offer_repeated_failure : texts.offer_missing_knowledge;
      return offerPerson(plan, reason, settings, text);
    }
  }
}

/** Offer a person (helpdesk methods) or show the merchant's custom message instead. */
function offerPerson(
  plan: TurnPlan,
  reason: HandoffReason,
  settings: TurnSettings,
  text: string,
  data: Record<string, unknown> = {},
): TurnPlan {
  if (settings.method.kind === "message") return showCustomMessage(plan, reason, settings.method, text, data);
  const texts = shopperTexts(plan.lang);
  apply(plan, "handoff_offered", { reason, ...data });
  plan.pendingReason = reason;
  plan.replies.push({
    author: "ai",
    text,
    actions: [
      { type: "handoff.accept", label: texts.accept },
      { type: "handoff.decline", label: texts.decline },
    ],
    meta: { decision: "offer", reason },
  });
  return plan;
}

function showCustomMessage(
  plan: TurnPlan,
  reason: HandoffReason,
  method: Extract<TurnSettings["method"], { kind: "message" }>,
  lead: string | null,
  data: Record<string, unknown> = {},
): TurnPlan {
  // Only the safety lead stays (a self-harm or card warning must be said); the offer question goes.
  const prefix = reason === "safety" && lead ? `${lead.replace(/\s*[^.!]*\?$/, "")}\n\n` : "";
  plan.replies.push({
    author: "ai",
    text: `${prefix}${customMessageFor(method, plan.lang)}`,
    meta: { decision: "custom_message", reason, ...data },
  });
  apply(plan, "custom_message_shown", { reason, ...data });
  plan.pendingReason = null;
  return plan;
}

/** Consent given (or implied by an explicit request): collect an email or hand off now. */
function startHandoff(plan: TurnPlan, reason: HandoffReason, settings: TurnSettings): TurnPlan {
  if (settings.method.kind === "message") return showCustomMessage(plan, reason, settings.method, null);
  plan.pendingReason = reason;
  if (!plan.email) {
    apply(plan, "email_requested", { reason });
    plan.replies.push(askEmail(plan.lang));
    return plan;
  }
  return handOff(plan, reason, settings, "handoff_accepted");
}

function askEmail(lang: string): ReplyDraft {
  const texts = shopperTexts(lang);
  return { author: "ai", text: texts.ask_email, actions: [{ type: "email.decline", label: texts.never_mind }] };
}

function handOff(
  plan: TurnPlan,
  reason: HandoffReason,
  settings: TurnSettings,
  event: "handoff_accepted" | "email_captured",
): TurnPlan {
  if (settings.method.kind !== "helpdesk") return plan;
  const destination = settings.method.destination;
  const texts = shopperTexts(plan.lang);
  apply(plan, event, { reason });
  plan.handoff = { reason, destination };
  plan.pendingReason = null;
  plan.unansweredInARow = 0;
  if (destination === "inbox") {
    apply(plan, "queued_for_inbox", { reason });
    plan.replies.push({ author: "ai", text: settings.inboxNotice?.(plan.lang) ?? texts.queued });
  } else {
    apply(plan, "ticket_requested", { reason, destination });
    plan.replies.push({ author: "ai", text: texts.ticketed(plan.email ?? "") });
  }
  return plan;
}

async function planWhileOffering(plan: TurnPlan, input: TurnInput, agent: TurnAgent, settings: TurnSettings) {
  const reason = plan.pendingReason ?? "missing_knowledge";
  if (input.kind === "action") {
    if (input.action === "handoff.accept") return startHandoff(plan, reason, settings);
    if (input.action === "human.request") return startHandoff(plan, "customer_request", settings);
    if (input.action === "handoff.decline") return decline(plan);
    return plan;
  }
  const yesNo = agent.classifyYesNo(input.text);
  if (yesNo === "yes") return startHandoff(plan, reason, settings);
  if (yesNo === "no") return decline(plan);
  // Neither yes nor no: the shopper moved on. Drop the offer and treat the text as a new question.
  apply(plan, "offer_ignored");
  plan.pendingReason = null;
  return planWhileAi(plan, input, agent, settings);
}

function decline(plan: TurnPlan): TurnPlan {
  apply(plan, "handoff_declined");
  plan.pendingReason = null;
  plan.replies.push({ author: "ai", text: shopperTexts(plan.lang).declined });
  return plan;
}

async function planWhileCollectingEmail(
  plan: TurnPlan,
  input: TurnInput,
  agent: TurnAgent,
  settings: TurnSettings,
): Promise<TurnPlan> {
  const reason = plan.pendingReason ?? "customer_request";
  if (input.kind === "action") {
    if (input.action === "email.decline" || input.action === "handoff.decline") return decline(plan);
    plan.replies.push(askEmail(plan.lang));
    return plan;
  }
  const candidate = extractEmailAddress(input.text);
  if (!candidate && agent.classifyYesNo(input.text) === "no") return decline(plan);
  const checked = checkEmailAddress(candidate ?? input.text);
  if (!checked.ok) {
    const texts = shopperTexts(plan.lang);
    plan.replies.push({
      author: "ai",
      text: texts.email_problem(checked.problem),
      actions: [{ type: "email.decline", label: texts.never_mind }],
      meta: { decision: "email_invalid", problem: checked.problem },
    });
    return plan;
  }
  plan.email = checked.email;
  return handOff(plan, reason, settings, "email_captured");
}

function decisionMeta(decision: AgentDecision): Record<string, unknown> {
  const base = { decision: decision.kind, lang: decision.lang };
  if (decision.kind === "answer") return { ...base, knowledgeIds: decision.knowledgeIds };
  if (decision.kind === "safety") return { ...base, safety: decision.safety };
  return base;
}
