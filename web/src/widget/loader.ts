/**
 * widget.js — the script a store pastes:
 *   <script src="https://relevo.example/widget.js" data-store="my-store" async></script>
 * It adds a chat bubble and an isolated iframe with the chat app; see loader/start-loader.ts.
 */
import { findConfig } from "./loader/find-config";
import { startLoader } from "./loader/start-loader";

// Read the script tag now: document.currentScript is only set while this script first runs.
const config = findConfig();
if (config) {
  // An async script may run before <body> exists.
  if (document.body) startLoader(config);
  else document.addEventListener("DOMContentLoaded", () => startLoader(config), { once: true });
}
