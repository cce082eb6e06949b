import { adminUserSchema, createUserBodySchema, errorBodySchema, resetPasswordBodySchema } from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { createUser } from "../../../app/auth/create-user.js";
import { resetPassword } from "../../../app/auth/reset-password.js";
import { setUserDisabled } from "../../../app/auth/set-user-disabled.js";
import type { Principal } from "../../../domain/records.js";
import { requireStaff } from "../auth-guard.js";
import { toAdminUserDto } from "../inbox-dto.js";

const idParams = z.object({ id: z.uuid({ message: "must be a user id (UUID)" }) });
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const tags = ["users"];

/** Admins manage console users: list, add, disable (ends their sessions), re-enable, reset a password. */
export function usersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // onRequest, before body validation: an anonymous caller gets 401, not a 400 about their body.
    app.addHook("onRequest", requireStaff(deps, "admin"));
    const actor = (request: { principal: Principal | null }) => (request.principal?.kind === "user" ? request.principal.user : null);

    app.get("/api/v1/admin/users", { schema: { tags, response: { 200: z.object({ users: z.array(adminUserSchema) }), ...errors } } },
      async () => ({ users: (await deps.uow.repos.users.list()).map(toAdminUserDto) }));

    app.post("/api/v1/admin/users", { schema: { tags, body: createUserBodySchema, response: { 201: adminUserSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(toAdminUserDto(await createUser(deps, request.body))));

    app.post("/api/v1/admin/users/:id/disable", { schema: { tags, summary: "Disable a user and end their sessions", params: idParams, response: { 200: adminUserSchema, ...errors } } },
      async (request) => toAdminUserDto(await setUserDisabled(deps, actor(request), request.params.id, true)));

    app.post("/api/v1/admin/users/:id/enable", { schema: { tags, params: idParams, response: { 200: adminUserSchema, ...errors } } },
      async (request) => toAdminUserDto(await setUserDisabled(deps, actor(request), request.params.id, false)));

    app.post("/api/v1/admin/users/:id/password", {
      schema: { tags, summary: "Set a new password; ends the user's sessions", params: idParams, body: resetPasswordBodySchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await resetPassword(deps, request.params.id, request.body.password);
      return reply.status(204).send(null);
    });
  };
}
