import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { settingsKeys } from "../../src/app/settings/store-settings.js";
import { newShopper } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

const secret = "northwind-identity-secret-for-e2e-tests";

function signIdentity(claims: { email: string; name: string }): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode(secret));
}

describe("a shopper the store has signed in", () => {
  const stage = useStage();

  beforeAll(async () => {
    const { relevo } = stage.relevo;
    await relevo.deps.uow.repos.settings.set(settingsKeys.identitySecret, secret);
    relevo.bus.publish({ type: "settings.changed" });
  });

  it("is identified through window.Relevo.identify (queued before widget.js loaded) and not asked for an email", async () => {
    const token = await signIdentity({ email: "ana@example.com", name: "Ana" });
    const shopper = await newShopper(stage.browser, `${stage.store.origin}/?identity=${encodeURIComponent(token)}`);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.frame.getByRole("button", { name: "Talk to a person" }).click();
    await expect.poll(() => chat.frame.getByTestId("status").textContent()).toBe("Waiting for a person to join…");
    expect(await chat.frame.locator("input#relevo-email").count()).toBe(0);
    await shopper.close();
  });

  it("still gets a working chat when the store's token is rejected, as an anonymous shopper", async () => {
    const shopper = await newShopper(stage.browser, `${stage.store.origin}/?identity=not-a-valid-token`);
    const chat = widget(shopper.page);
    await shopper.page.evaluate("window.Relevo.open()");
    await chat.input.waitFor();
    await chat.ask("Do you ship to Mexico?");
    expect(await chat.messages("ai").last().locator(".sources a").count()).toBeGreaterThan(0);
    await shopper.close();
  });
});
