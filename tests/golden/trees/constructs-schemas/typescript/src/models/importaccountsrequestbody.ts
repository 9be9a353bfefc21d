import type { Schema } from "../lib/schema.js";
import { type Account, Account$ } from "./account.js";

export interface ImportAccountsRequestBody {
  accounts: Array<Account>;
}

export const ImportAccountsRequestBody$: Schema = {
  t: "object",
  name: "ImportAccountsRequestBody",
  fields: [
    { name: "accounts", wire: "accounts", schema: { t: "array", items: { t: "ref", get: () => Account$ } }, required: true },
  ],
};
