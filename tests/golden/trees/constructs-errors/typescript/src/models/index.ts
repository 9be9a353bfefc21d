export * from "./getthing4xxerror.js";
export * from "./problem.js";
export * from "./sdkerrormodel.js";
export * from "./thing.js";
