export * from "./containerimageeditbody.js";
export * from "./containerimageeditbodyimage.js";
export * from "./containerimageeditbodyresponseformat.js";
export * from "./containerimagegeneratesuccess.js";
export * from "./containerimagegenerationbody.js";
export * from "./containerimagegenerationbodyresponseformat.js";
export * from "./imageinput.js";
