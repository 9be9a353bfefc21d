import type { Schema } from "../lib/schema.js";

/** The values this SDK knows; the type also admits values the API adds later. */
export const ClassModel = {
  A: "a",
  B: "b",
} as const;

export type ClassModel = "a" | "b" | (string & {});

export const ClassModel$: Schema = { t: "enum", name: "ClassModel", values: ["a", "b"] };
