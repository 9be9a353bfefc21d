export * from "./classmodel.js";
export * from "./escape.js";
export * from "./hostile.js";
export * from "./hostileximportosopenosenvironmarkerw77rawscript.js";
export * from "./sdkerrormodel.js";
