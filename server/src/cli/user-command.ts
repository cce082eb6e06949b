import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createUser } from "../app/auth/create-user.js";
import { isAppError } from "../domain/errors.js";
import { openAppForCommand } from "./open-app.js";

/** `relevo user add --email E --name N --role admin|agent [--password P]` */
export async function runUserCommand(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  if (positionals[0] !== "add" || !values.email || !values.name || (values.role !== "admin" && values.role !== "agent")) {
    console.error("Usage: relevo user add --email E --name N --role admin|agent [--password P]");
    return 2;
  }
  const password = values.password ?? randomBytes(12).toString("base64url");
  const relevo = await openAppForCommand();
  if (!relevo) return 2;
  try {
    const user = await createUser(relevo.deps, { email: values.email, name: values.name, role: values.role, password });
    console.log(`Added ${user.role} ${user.email}${values.password ? "" : ` with password ${password}`}`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await relevo.close();
  }
}
