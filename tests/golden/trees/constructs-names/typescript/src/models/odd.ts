import type { Schema } from "../lib/schema.js";

export interface Odd {
  class: string;
  type?: string;
  list?: number;
  id?: number;
  self?: string;
  modelConfig?: string;
  kebabCase?: string;
  dotName?: string;
  field9Lives?: number;
  naive?: boolean;
  camelCase?: string;
  camelCase2?: string;
}

export const Odd$: Schema = {
  t: "object",
  name: "Odd",
  fields: [
    { name: "class", wire: "class", schema: { t: "string" }, required: true },
    { name: "type", wire: "type", schema: { t: "string" }, required: false },
    { name: "list", wire: "list", schema: { t: "integer" }, required: false },
    { name: "id", wire: "id", schema: { t: "integer" }, required: false },
    { name: "self", wire: "self", schema: { t: "string" }, required: false },
    { name: "modelConfig", wire: "model_config", schema: { t: "string" }, required: false },
    { name: "kebabCase", wire: "kebab-case", schema: { t: "string" }, required: false },
    { name: "dotName", wire: "dot.name", schema: { t: "string" }, required: false },
    { name: "field9Lives", wire: "9lives", schema: { t: "integer" }, required: false },
    { name: "naive", wire: "naïve", schema: { t: "boolean" }, required: false },
    { name: "camelCase", wire: "camelCase", schema: { t: "string" }, required: false },
    { name: "camelCase2", wire: "camel_case", schema: { t: "string" }, required: false },
  ],
};
