import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { HelpdeskError } from "../helpdesk-port.js";
import { basicAuth, createHelpdeskHttp } from "./helpdesk-http.js";

const token = "tok-secret-0123456789";
const authorization = basicAuth("me@acme.example/token", token);
let server: Server | null = null;

/** Serves one handler on a random port and returns a client pointed at it. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = address !== null && typeof address === "object" ? address.port : 0;
  return createHelpdeskHttp({
    service: "Test",
    baseUrl: `http://127.0.0.1:${port}`,
    authorization,
    secrets: [token],
  });
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HelpdeskError)) throw new Error(`expected a HelpdeskError, got ${String(error)}`);
  return error;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

describe("createHelpdeskHttp", () => {
  const schema = z.object({ id: z.number() });

  it("sends JSON with Accept, Content-Type and Authorization, and parses the answer", async () => {
    let seen: IncomingMessage | null = null;
    const http = await serve((req, res) => {
      seen = req;
      res.writeHead(201, { "content-type": "application/json" }).end('{"id":7,"extra":true}');
    });
    await expect(http.request({ method: "POST", path: "/things", body: { a: 1 }, schema })).resolves.toEqual({
      id: 7,
    });
    expect(seen).toMatchObject({
      headers: { accept: "application/json", "content-type": "application/json", authorization },
    });
  });

  it("never puts credentials in an error, even when the helpdesk echoes them back", async () => {
    const http = await serve((req, res) =>
      res.writeHead(400).end(`bad request from ${req.headers.authorization} ${token}`),
    );
    const error = await failureOf(http.request({ method: "GET", path: "/x", schema }));
    expect(error.failure).toMatchObject({ kind: "permanent", status: 400 });
    expect(error.message).toContain("[redacted]");
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain(authorization.slice("Basic ".length));
  });

  it("does not follow a redirect with the credentials attached; it is a permanent misconfiguration", async () => {
    const http = await serve((_req, res) =>
      res.writeHead(301, { location: "http://127.0.0.1:9/steal" }).end(),
    );
    const error = await failureOf(http.request({ method: "GET", path: "/x", schema }));
    expect(error.failure).toMatchObject({ kind: "permanent", status: 301 });
    expect(error.message).toContain("unexpected redirect");
  });

  it("treats a 2xx answer it cannot read as a permanent unexpected response", async () => {
    const http = await serve((req, res) =>
      res.writeHead(200).end(req.url === "/html" ? "<html>login</html>" : '{"id":"x"}'),
    );
    const notJson = await failureOf(http.request({ method: "GET", path: "/html", schema }));
    expect(notJson.failure).toMatchObject({
      kind: "permanent",
      status: 200,
      message: expect.stringContaining("not JSON"),
    });
    const wrongShape = await failureOf(http.request({ method: "GET", path: "/json", schema }));
    expect(wrongShape.message).toMatch(/unexpected response: id: /);
  });

  it("reads Retry-After on 503 too, and retries 409 conflicts", async () => {
    const http = await serve((req, res) =>
      req.url === "/busy" ? res.writeHead(503, { "retry-after": "12" }).end() : res.writeHead(409).end(),
    );
    const busy = await failureOf(http.request({ method: "GET", path: "/busy", schema }));
    expect(busy.failure).toEqual({
      kind: "retryable",
      status: 503,
      retryAfterMs: 12_000,
      message: expect.any(String),
    });
    expect(busy.code).toBe("helpdesk_unavailable");
    const conflict = await failureOf(http.request({ method: "POST", path: "/conflict", body: {}, schema }));
    expect(conflict.failure).toMatchObject({ kind: "retryable", status: 409 });
  });
});
