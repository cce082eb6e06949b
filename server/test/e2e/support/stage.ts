import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.js";
import { type RunningRelevo, startRelevo } from "./relevo-server.js";
import { type StorePage, startStorePage } from "./store-page.js";
import { ensureWebBuilt } from "./web-build.js";

export interface Stage {
  relevo: RunningRelevo;
  store: StorePage;
  browser: Browser;
}

/**
 * Everything a browser test needs, started once per file: the built web app, Relevo on its port, the
 * store's page on another origin, and Chromium.
 */
export function useStage(env: () => Record<string, string> = () => ({})): Stage {
  let stage: Stage | null = null;
  beforeAll(async () => {
    ensureWebBuilt();
    const relevo = await startRelevo(env());
    const [store, browser] = await Promise.all([startStorePage(relevo.url), launchBrowser()]);
    stage = { relevo, store, browser };
  });
  afterAll(async () => {
    await stage?.browser.close();
    await stage?.store.close();
    await stage?.relevo.close();
  });
  const current = (): Stage => {
    if (!stage) throw new Error("useStage: the stage starts in beforeAll");
    return stage;
  };
  return {
    get relevo() {
      return current().relevo;
    },
    get store() {
      return current().store;
    },
    get browser() {
      return current().browser;
    },
  };
}
