import { ConfigError, loadConfig } from "../config/config.js";
import { createRelevo, type Relevo } from "../main.js";

/** For one-shot commands (kb import, user add): the app without its web server. */
export async function openAppForCommand(): Promise<Relevo | null> {
  try {
    const config = loadConfig({ ...process.env, SERVICES: "worker", LOG_LEVEL: "silent" });
    return await createRelevo(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return null;
    }
    throw error;
  }
}
