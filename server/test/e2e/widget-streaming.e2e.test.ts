import { describe, expect, it } from "vitest";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

/**
 * The widget's side of streaming: drafts are published on the bus exactly as a streaming turn does
 * (app/conversations/post-visitor-message.ts), so no model is needed; the server side is tested in
 * server/src/agent/llm/llm-streaming-in-relevo.test.ts.
 */
describe("a shopper watching the AI's reply being written", () => {
  const stage = useStage();

  it("sees the draft grow in an assistant bubble in place of the dots, then only the stored reply", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("how long do I have to return an item?");
    const conversationId = await chat.conversationId();
    const draft = chat.frame.getByTestId("draft");
    const publish = (text: string) => stage.relevo.relevo.bus.publish({ type: "reply.draft", conversationId, draftId: "d1", text });

    publish("Yes, we ship");
    await expect.poll(() => draft.textContent()).toContain("Yes, we ship");
    publish("Yes, we ship to Canada and");
    await expect.poll(() => draft.textContent()).toContain("Yes, we ship to Canada and");
    expect(await draft.getAttribute("aria-hidden")).toBe("true");
    expect(await chat.frame.getByTestId("typing").getAttribute("class")).toContain("visually-hidden");
    await screenshot(shopper.page, "widget-draft");

    const repliesBefore = await chat.messages("ai").count();
    await chat.ask("Which countries do you ship to?");
    await expect.poll(() => draft.count()).toBe(0);
    expect(await chat.messages("ai").count()).toBe(repliesBefore + 1);
    // A late frame of the finished draft does not bring it back.
    publish("Yes, we ship to Canada and Mexico");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await draft.count()).toBe(0);
    const stored = await chat.log.locator("li.msg").allTextContents();
    expect(stored.join(" ")).not.toContain("Yes, we ship to Canada and");
    await shopper.close();
  });
});
