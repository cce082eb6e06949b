/** The intent detectors the answerers run before (or instead of) a knowledge search. */
export { classifyYesNo } from "./classify-yes-no.js";
export { detectHumanRequest } from "./detect-human-request.js";
export { detectSafety } from "./detect-safety.js";
export { type SmallTalk, detectSmallTalk } from "./detect-small-talk.js";
export { detectSolved } from "./detect-solved.js";
export { redactCardNumbers } from "../../domain/card-numbers.js";
