import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page, type Response } from "playwright-core";
import { repoRoot } from "./web-build.js";

const screenshotDir = path.join(repoRoot, "test-artifacts/screenshots");

/** Debian's Chromium, headless; flags keep it from phoning home or trying QUIC in CI sandboxes. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface Shopper {
  page: Page;
  /** Every dialog (alert/confirm/prompt) the page opened: an XSS would show up here. */
  dialogs: string[];
  /** Every response the page and its frames received, from the first navigation on. */
  responses: Response[];
  close(): Promise<void>;
}

/** A fresh browser profile (own storage) on the store's page; `setup` runs before the page loads (routes). */
export async function newShopper(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  setup?: (context: BrowserContext) => Promise<void>,
): Promise<Shopper> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await setup?.(context);
  // Fail in seconds, not Playwright's 30 s, when something the test waits for never shows.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const responses: Response[] = [];
  page.on("response", (response) => void responses.push(response));
  await page.goto(url);
  return { page, dialogs, responses, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}
