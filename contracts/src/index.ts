export * from "./chat.js";
export * from "./knowledge.js";
