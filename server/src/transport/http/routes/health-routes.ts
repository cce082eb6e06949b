import type { FastifyPluginAsync } from "fastify";

/** 200 once the database is migrated and answering; 503 otherwise, so balancers route around us. */
export function healthRoutes(check: () => Promise<void>): FastifyPluginAsync {
  return async (app) => {
    app.get("/healthz", { schema: { hide: true } }, async (_request, reply) => {
      try {
        await check();
        return { status: "ok" };
      } catch {
        return reply.status(503).send({ status: "unavailable" });
      }
    });
  };
}
