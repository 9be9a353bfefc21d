export * from "./chunk.js";
export * from "./event.js";
export * from "./problem.js";
export * from "./streamchatrequestbody.js";
