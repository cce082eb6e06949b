#!/usr/bin/env node
// The `relevo` command (`npx relevo …` from the repository root). Runs the TypeScript sources through tsx,
// so there is no build step between a checkout and a running store.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2));
