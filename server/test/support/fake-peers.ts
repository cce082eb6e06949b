import { afterAll, beforeAll } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "./fake-helpdesk.js";
import { answerSummariesAndTranslations } from "./fake-model-writers.js";
import { type FakeOpenAi, startFakeOpenAi } from "./fake-openai.js";
import { useTestApp } from "./test-app.js";

/**
 * A test app whose helpdesks (Zendesk and Gorgias) and language model are local fakes, so every route
 * answers as in production (connecting an integration, translating for agents) without the network.
 * For tests that walk every route: the access matrix and the staff-API fuzz.
 */
export function useAppWithFakePeers() {
  let fake: FakeHelpdesk;
  let model: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeHelpdesk();
    model = await startFakeOpenAi();
    answerSummariesAndTranslations(model);
  });
  afterAll(async () => {
    await fake.close();
    await model.close();
  });
  return useTestApp({}, () => ({
    RELEVO_ZENDESK_BASE_URL: fake.url, RELEVO_GORGIAS_BASE_URL: fake.url, RELEVO_LLM_BASE_URL: model.baseUrl, RELEVO_LLM_MODEL: "fake-model",
  }));
}
