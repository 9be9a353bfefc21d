import type { Schema } from "../lib/schema.js";

/** The values this SDK knows; the type also admits values the API adds later. */
export const Level = {
  Value1: 1,
  Value2: 2,
  Value3: 3,
} as const;

export type Level = 1 | 2 | 3 | (number & {});

export const Level$: Schema = { t: "enum", name: "Level", values: [1, 2, 3] };
