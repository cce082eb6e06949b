import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "../../test/support/fake-helpdesk.js";
import type { HelpdeskCredentials } from "../domain/helpdesk-gateway.js";
import { createSecretBox } from "../storage/secret-box.js";
import { createCredentialVault } from "./credential-vault.js";
import { createHelpdeskGateway } from "./helpdesk-gateway.js";
import { basicAuth } from "./http/helpdesk-http.js";
import { samplePacket } from "./testing/sample-packet.js";

const zendesk: HelpdeskCredentials = {
  kind: "zendesk",
  subdomain: "acme",
  email: "a@acme.example",
  apiToken: "tok-123456",
};
const gorgias: HelpdeskCredentials = {
  kind: "gorgias",
  domain: "acme",
  email: "a@acme.example",
  apiKey: "key-123456",
};

describe("createHelpdeskGateway", () => {
  let fake: FakeHelpdesk;
  const gateway = () =>
    createHelpdeskGateway({ baseUrls: { zendesk: fake.url, gorgias: fake.url }, timeoutMs: 500 });

  beforeEach(async () => {
    fake = await startFakeHelpdesk();
  });
  afterEach(() => fake.close());

  it("routes each kind of credentials to its client and returns results, not exceptions", async () => {
    await expect(gateway().verify(zendesk)).resolves.toEqual({
      ok: true,
      value: { accountLabel: "Relevo Bot (admin) at acme.zendesk.com" },
    });
    await expect(gateway().verify(gorgias)).resolves.toEqual({
      ok: true,
      value: { accountLabel: "acme.gorgias.com" },
    });
    expect(fake.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/api/v2/users/me", basicAuth("a@acme.example/token", "tok-123456")],
      ["/api/account", basicAuth("a@acme.example", "key-123456")],
    ]);
  });

  it("reports retryable failures with the wait and permanent ones with the reason", async () => {
    fake.failNext({ kind: "status", status: 429, retryAfter: "3" });
    await expect(gateway().createTicket(gorgias, samplePacket())).resolves.toEqual({
      ok: false,
      failure: { kind: "retryable", retryAfterMs: 3000, message: expect.stringContaining("rate limited") },
    });
    fake.failNext({ kind: "status", status: 401 });
    await expect(gateway().createTicket(zendesk, samplePacket())).resolves.toMatchObject({
      ok: false,
      failure: { kind: "permanent" },
    });
  });

  it("turns an unusable account name into a permanent failure instead of a crash", async () => {
    const result = await gateway().verify({ ...zendesk, subdomain: "not a subdomain" });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: "permanent", message: expect.stringContaining("not a valid Zendesk account name") },
    });
  });
});

describe("createCredentialVault", () => {
  const vault = createCredentialVault(createSecretBox(randomBytes(32)));

  it("seals credentials so the token is unreadable, and opens them back", () => {
    const sealed = vault.seal(zendesk);
    expect(sealed).not.toContain("tok-123456");
    expect(vault.open(sealed)).toEqual(zendesk);
    expect(vault.open(vault.seal(gorgias))).toEqual(gorgias);
  });

  it("refuses credentials sealed with another key", () => {
    const other = createCredentialVault(createSecretBox(randomBytes(32)));
    expect(() => vault.open(other.seal(zendesk))).toThrow(/failed authentication/);
  });
});
