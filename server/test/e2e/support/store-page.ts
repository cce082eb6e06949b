import { createServer, type Server } from "node:http";
import { freePort } from "./relevo-server.js";

export interface StorePage {
  /** e.g. http://127.0.0.1:41235 — another origin than Relevo's, like a real shop. */
  origin: string;
  close(): Promise<void>;
}

/** A shop page that pastes the widget snippet, in English at / and in Spanish at /es. */
function shopHtml(relevoUrl: string, lang: "en" | "es", identity: string | null): string {
  const title = lang === "es" ? "Northwind Threads — Tienda" : "Northwind Threads — Shop";
  const copy = lang === "es" ? "Ropa hecha para durar." : "Clothes made to last.";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{margin:0;font:16px system-ui;background:#f7f5f1;color:#1d2a33}header{padding:1rem 2rem;background:#fff;border-bottom:1px solid #dde3e6;font-weight:700}
main{padding:3rem 2rem}h1{margin:0 0 .5rem}
/* Hostile store CSS: must not reach the widget (shadow DOM + iframe). */
button{background:hotpink!important;border:5px solid lime!important}</style></head>
<body><header>NORTHWIND THREADS</header><main><h1>${title}</h1><p>${copy}</p></main>
${identity === null ? "" : identifyStub(identity)}<script src="${relevoUrl}/widget.js" data-store="northwind" async></script>
</body></html>`;
}

/** A signed-in shopper's page: the store queues identify() before widget.js has loaded. */
function identifyStub(token: string): string {
  const call = JSON.stringify(["identify", token]).replaceAll("<", "\\u003c");
  return `<script>window.Relevo = window.Relevo || { q: [] }; window.Relevo.q.push(${call});</script>\n`;
}

/**
 * A page that frames the chat directly, claiming to be `parent` (another site's origin), with the
 * Referer withheld: what a site copying a store's embed would try.
 */
function forgedHtml(relevoUrl: string, parent: string): string {
  const src = `${relevoUrl}/widget/?parent=${encodeURIComponent(parent)}&store=northwind&lang=en`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not the store</title></head>
<body><iframe id="forged" referrerpolicy="no-referrer" src="${src}" width="380" height="600"></iframe></body></html>`;
}

/** A tiny web server playing the store: its own origin, so the widget's origin checks run for real. */
export async function startStorePage(relevoUrl: string): Promise<StorePage> {
  const port = await freePort();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://store.test");
    const html = url.pathname === "/forged"
      ? forgedHtml(relevoUrl, url.searchParams.get("parent") ?? "")
      : shopHtml(relevoUrl, url.pathname.startsWith("/es") ? "es" : "en", url.searchParams.get("identity"));
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
