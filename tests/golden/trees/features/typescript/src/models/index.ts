export * from "./base.js";
export * from "./circle.js";
export * from "./item.js";
export * from "./itemshape.js";
export * from "./loginrequestbody.js";
export * from "./square.js";
export * from "./uploadrequestbody.js";
