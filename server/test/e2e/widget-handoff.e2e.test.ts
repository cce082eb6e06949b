import { afterEach, describe, expect, it } from "vitest";
import { newShopper } from "./support/browser.js";
import { defaultHandoffMethod } from "./support/relevo-server.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

describe("the widget with the store's other handoff methods", () => {
  const stage = useStage();
  afterEach(() => stage.relevo.setHandoffMethod(defaultHandoffMethod));

  it("shows the store's custom message with its Markdown links as links, and offers no person", async () => {
    await stage.relevo.setHandoffMethod({
      kind: "message",
      texts: {},
      defaultText: "Our [help center](https://northwind-threads.example/help) has more. [Not a link](javascript:alert(1))",
    });
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    expect(await chat.frame.getByRole("button", { name: "Talk to a person" }).count()).toBe(0);
    await chat.ask("Can you engrave my name on a piano?");
    const custom = chat.log.locator("li.msg").last();
    const link = custom.getByRole("link", { name: "help center" });
    expect(await link.getAttribute("href")).toBe("https://northwind-threads.example/help");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await custom.locator("a").count()).toBe(1);
    expect(await custom.locator(".text").textContent()).toContain("[Not a link](javascript:alert(1))");
    expect(shopper.dialogs).toEqual([]);
    await shopper.close();
  });

  it("ends the chat when a helpdesk ticket is created, and lets the shopper start a new conversation", async () => {
    await stage.relevo.setHandoffMethod({ kind: "helpdesk", destination: "zendesk" });
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.frame.getByRole("button", { name: "Talk to a person" }).click();
    await chat.frame.locator("input#relevo-email").fill("ana@example.com");
    await chat.frame.locator("input#relevo-email").press("Enter");
    await expect.poll(() => chat.frame.getByTestId("status").textContent()).toBe("Our team will follow up by email");
    expect(await chat.messages("ai").last().textContent()).toContain("follow up by email at ana@example.com");
    expect(await chat.input.count()).toBe(0);
    const first = await chat.conversationId();
    await chat.frame.getByRole("button", { name: "Start a new conversation" }).click();
    await chat.input.waitFor();
    expect(await chat.conversationId()).not.toBe(first);
    expect(await chat.log.locator("li.msg").count()).toBe(1); // just the new greeting
    await shopper.close();
  });
});
