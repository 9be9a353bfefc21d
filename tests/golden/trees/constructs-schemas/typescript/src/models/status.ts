import type { Schema } from "../lib/schema.js";

/** The values this SDK knows; the type also admits values the API adds later. */
export const Status = {
  Active: "active",
  Suspended: "suspended",
} as const;

export type Status = "active" | "suspended" | (string & {});

export const Status$: Schema = { t: "enum", name: "Status", values: ["active", "suspended"] };
