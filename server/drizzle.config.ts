import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the one schema; both PGlite and PostgreSQL apply the same files.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/schema.ts",
  out: "./src/storage/migrations",
});
