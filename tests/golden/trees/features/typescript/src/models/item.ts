import type { Schema } from "../lib/schema.js";
import { type ItemShape, ItemShape$ } from "./itemshape.js";

export interface Item {
  id: number;
  name: string;
  parent: Item | null;
  children?: Array<Item>;
  shape?: ItemShape;
}

export const Item$: Schema = {
  t: "object",
  name: "Item",
  fields: [
    { name: "id", wire: "id", schema: { t: "integer" }, required: true },
    { name: "name", wire: "name", schema: { t: "string" }, required: true },
    { name: "parent", wire: "parent", schema: { t: "nullable", inner: { t: "ref", get: () => Item$ } }, required: false },
    { name: "children", wire: "children", schema: { t: "array", items: { t: "ref", get: () => Item$ } }, required: false },
    { name: "shape", wire: "shape", schema: { t: "ref", get: () => ItemShape$ }, required: false },
  ],
};
