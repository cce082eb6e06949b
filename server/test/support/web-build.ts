import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Whether web/ has been built (npm start and the e2e suite build it; a fresh clone running npm test
 * has not). Unbuilt, the widget and console pages answer 503 "not built" by design.
 */
export const webBuilt = existsSync(fileURLToPath(new URL("../../../web/dist/widget.js", import.meta.url)));
