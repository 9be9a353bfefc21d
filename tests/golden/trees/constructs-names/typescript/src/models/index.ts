export * from "./cafe.js";
export * from "./client.js";
export * from "./listclientsresponse.js";
export * from "./model1stplace.js";
export * from "./odd.js";
export * from "./petstorev1.js";
export * from "./petstorev12.js";
export * from "./responsemodel.js";
