import type { Schema } from "../lib/schema.js";

export interface StreamChatRequestBody {
  prompt: string;
}

export const StreamChatRequestBody$: Schema = {
  t: "object",
  name: "StreamChatRequestBody",
  fields: [
    { name: "prompt", wire: "prompt", schema: { t: "string" }, required: true },
  ],
};
