import { errors, jwtVerify } from "jose";
import { z } from "zod";
import { AppError } from "../../domain/errors.js";

const claimsSchema = z.object({
  email: z.email().max(254).optional(),
  profileId: z.string().min(1).max(200).optional(),
  name: z.string().max(200).optional(),
  exp: z.number(),
});

export type ShopperIdentity = { email: string | null; profileId: string | null; name: string | null };

/**
 * Verifies the token a store's backend signed for a signed-in shopper (HS256 with the shared secret from
 * the settings; `exp` required). Unsigned, expired or tampered claims are rejected, never trusted.
 */
export async function verifyIdentityToken(token: string, secret: string | null): Promise<ShopperIdentity> {
  if (!secret) {
    throw new AppError("invalid_identity", "Signed shopper identities are not enabled: set the identity secret in Settings first.");
  }
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"], requiredClaims: ["exp"] });
    const claims = claimsSchema.parse(payload);
    if (!claims.email && !claims.profileId) {
      throw new AppError("invalid_identity", "The identity token names neither an email nor a profileId.");
    }
    return { email: claims.email ?? null, profileId: claims.profileId ?? null, name: claims.name ?? null };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof errors.JWTExpired ? "it has expired" : "its signature or claims are not valid";
    throw new AppError("invalid_identity", `The shopper identity token was rejected: ${reason}.`);
  }
}
