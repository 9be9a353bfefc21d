import type { Schema } from "../lib/schema.js";
import { type Level, Level$ } from "./level.js";
import { type Status, Status$ } from "./status.js";

export interface Account {
  /** Read-only: set by the server, never sent. Assigned by the server. */
  id?: number;
  name: string;
  /** Write-only: sent, never returned. */
  password?: string;
  status?: Status;
  level?: Level;
}

export const Account$: Schema = {
  t: "object",
  name: "Account",
  fields: [
    { name: "id", wire: "id", schema: { t: "integer" }, required: false, readOnly: true },
    { name: "name", wire: "name", schema: { t: "string" }, required: true },
    { name: "password", wire: "password", schema: { t: "string" }, required: false },
    { name: "status", wire: "status", schema: { t: "ref", get: () => Status$ }, required: false },
    { name: "level", wire: "level", schema: { t: "ref", get: () => Level$ }, required: false },
  ],
};
