import { z } from "zod";
import type { CredentialVault, HelpdeskCredentials } from "../domain/helpdesk-gateway.js";
import type { SecretBox } from "../storage/secret-box.js";

const credentialsSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("zendesk"), subdomain: z.string(), email: z.string(), apiToken: z.string() }),
  z.object({ kind: z.literal("gorgias"), domain: z.string(), email: z.string(), apiKey: z.string() }),
]);

/**
 * Helpdesk credentials encrypted at rest (DESIGN §6): JSON sealed with AES-256-GCM by the SecretBox.
 * Opening checks the shape too, so a row sealed by an older version fails clearly, not deep in a client.
 *
 * @example
 * const vault = createCredentialVault(createSecretBox(await loadOrCreateKey({ dataDir })));
 * const sealed = vault.seal({ kind: "gorgias", domain: "acme", email, apiKey }); // "v1.…"
 */
export function createCredentialVault(box: SecretBox): CredentialVault {
  return {
    seal: (credentials: HelpdeskCredentials) => box.seal(JSON.stringify(credentials)),
    open: (sealed: string) => {
      const parsed = credentialsSchema.safeParse(JSON.parse(box.open(sealed)));
      if (!parsed.success) throw new Error("sealed helpdesk credentials have an unknown shape");
      return parsed.data;
    },
  };
}
