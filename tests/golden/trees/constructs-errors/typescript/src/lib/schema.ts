/**
 * Runtime descriptions of the API's schemas, and the two directions values travel:
 * `encode` (a caller's value, by TypeScript names, to JSON by the spec's names) and
 * `decode` (JSON from the server to typed values, checked: a mismatch throws a
 * `DecodeError` naming the path, which the SDK reports as a `ResponseValidationError`).
 */

export type Schema =
  | { readonly t: "string" }
  | { readonly t: "bytes" } // format: byte, base64 text on the wire, Uint8Array here
  | { readonly t: "file" } // format: binary, only in request bodies
  | { readonly t: "integer" }
  | { readonly t: "number" }
  | { readonly t: "boolean" }
  | { readonly t: "any" }
  | { readonly t: "array"; readonly items: Schema }
  | { readonly t: "map"; readonly values: Schema }
  | { readonly t: "nullable"; readonly inner: Schema }
  | { readonly t: "enum"; readonly name: string; readonly values: readonly (string | number)[] }
  | {
      readonly t: "object";
      readonly name: string;
      readonly fields: readonly Field[];
      readonly additional?: Schema;
    }
  | {
      readonly t: "union";
      readonly name: string;
      readonly variants: readonly Schema[];
      readonly discriminator?: Discriminator;
    }
  | { readonly t: "ref"; readonly get: () => Schema };

export interface Field {
  readonly name: string; // the TypeScript property
  readonly wire: string; // the spec's property
  readonly schema: Schema;
  readonly required: boolean; // in answers
  readonly readOnly?: boolean;
}

export interface Discriminator {
  readonly property: string; // the spec's name
  readonly field: string; // the TypeScript name
  readonly tags: Readonly<Record<string, number>>; // value -> index of the variant
}

export class DecodeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "(body)"}: ${problem}`);
    this.name = "DecodeError";
  }
}

function resolve(schema: Schema): Schema {
  let current = schema;
  while (current.t === "ref") current = current.get();
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** A caller's value the API would refuse, with where it is (`path`, the caller's names). */
export class EncodeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** A caller's value as JSON-ready data by the spec's names; read-only fields stay home. */
export function encode(schema: Schema, value: unknown, path = ""): unknown {
  const s = resolve(schema);
  if (value === undefined || value === null) return value;
  switch (s.t) {
    case "bytes":
      return value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;
    case "array":
      return Array.isArray(value) ? value.map((v, i) => encode(s.items, v, at(path, i))) : value;
    case "map":
      return isRecord(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, encode(s.values, v, at(path, k))]),
          )
        : value;
    case "nullable":
      return encode(s.inner, value, path);
    case "object": {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      const known = new Set<string>();
      for (const f of s.fields) known.add(f.name);
      // A request may name a field as the API does (`response_format`) or as the SDK does
      // (`responseFormat`); the SDK's name wins where it is another field's wire name.
      const byWire = new Map<string, string>();
      for (const f of s.fields) if (!known.has(f.wire)) byWire.set(f.wire, f.name);
      const given: Record<string, unknown> = {};
      const extra: [string, unknown][] = [];
      for (const [k, v] of Object.entries(value)) {
        const name = known.has(k) ? k : byWire.get(k);
        if (name !== undefined && (name === k || !(name in value))) given[name] = v;
        else if (s.additional) extra.push([k, v]);
        else if (v !== undefined) {
          throw new EncodeError(at(path, k), `unknown field of ${s.name} (known: ${[...known].join(", ")})`);
        }
      }
      for (const f of s.fields) {
        const v = given[f.name];
        if (v === undefined || f.readOnly) continue;
        // null where the spec does not allow it means "not set" (as None does in Python)
        if (v === null && resolve(f.schema).t !== "nullable") continue;
        out[f.wire] = encode(f.schema, v, at(path, f.name));
      }
      for (const [k, v] of extra) if (v !== undefined) out[k] = encode(s.additional!, v, at(path, k));
      return out;
    }
    case "union": {
      const index = pick(s, value, "input");
      return index === undefined ? value : encode(s.variants[index]!, value, path);
    }
    default:
      return value;
  }
}

/** Data from the server as typed values by TypeScript names, checked against the schema. */
export function decode(schema: Schema, value: unknown, path = ""): unknown {
  const s = resolve(schema);
  switch (s.t) {
    case "any":
      return value;
    case "string":
    case "file":
      if (typeof value !== "string") throw new DecodeError(path, `expected a string, got ${kind(value)}`);
      return value;
    case "bytes":
      if (typeof value !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
        throw new DecodeError(path, "expected base64 text");
      }
      return new Uint8Array(Buffer.from(value, "base64"));
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw new DecodeError(path, `expected an integer, got ${kind(value)}`);
      }
      return value;
    case "number":
      if (typeof value !== "number") throw new DecodeError(path, `expected a number, got ${kind(value)}`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw new DecodeError(path, `expected a boolean, got ${kind(value)}`);
      return value;
    case "enum":
      // Open: a value newer than the SDK is kept, if it has the enum's type.
      if (typeof value !== typeof s.values[0]) {
        throw new DecodeError(path, `expected one of ${JSON.stringify(s.values)}, got ${kind(value)}`);
      }
      return value;
    case "array":
      if (!Array.isArray(value)) throw new DecodeError(path, `expected an array, got ${kind(value)}`);
      return value.map((v, i) => decode(s.items, v, `${path}[${i}]`));
    case "map":
      if (!isRecord(value)) throw new DecodeError(path, `expected an object, got ${kind(value)}`);
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, decode(s.values, v, `${path}.${k}`)]),
      );
    case "nullable":
      return value === null ? null : decode(s.inner, value, path);
    case "object": {
      if (!isRecord(value)) throw new DecodeError(path, `expected an object, got ${kind(value)}`);
      const out: Record<string, unknown> = {};
      const known = new Set<string>();
      for (const f of s.fields) {
        known.add(f.wire);
        const v = value[f.wire];
        if (v === undefined) {
          if (f.required) throw new DecodeError(`${path}.${f.wire}`, "required, missing");
          continue;
        }
        out[f.name] = decode(f.schema, v, `${path}.${f.wire}`);
      }
      // Fields the spec does not (yet) know are kept as the server sent them.
      for (const [k, v] of Object.entries(value)) {
        if (!known.has(k)) out[k] = s.additional ? decode(s.additional, v, `${path}.${k}`) : v;
      }
      return out;
    }
    case "union": {
      const index = pick(s, value, "wire");
      if (index !== undefined) return decode(s.variants[index]!, value, path);
      throw new DecodeError(path, `matches no member of ${s.name}`);
    }
    default:
      return value;
  }
}

/** The member of a union a value is: by its discriminator, else the first that fits. */
function pick(
  s: Extract<Schema, { t: "union" }>,
  value: unknown,
  side: "input" | "wire",
): number | undefined {
  if (s.discriminator && isRecord(value)) {
    const tag = value[side === "wire" ? s.discriminator.property : s.discriminator.field];
    return typeof tag === "string" ? s.discriminator.tags[tag] : undefined;
  }
  for (let i = 0; i < s.variants.length; i++) {
    if (fits(s.variants[i]!, value, side)) return i;
  }
  return undefined;
}

function fits(schema: Schema, value: unknown, side: "input" | "wire"): boolean {
  if (side === "wire") {
    try {
      decode(schema, value);
      return true;
    } catch {
      return false;
    }
  }
  const s = resolve(schema);
  switch (s.t) {
    case "string":
      return typeof value === "string";
    case "enum":
      return typeof value === typeof s.values[0];
    case "bytes":
      return value instanceof Uint8Array;
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && value.every((v) => fits(s.items, v, side));
    case "map":
      return isRecord(value);
    case "nullable":
      return value === null || fits(s.inner, value, side);
    case "object":
      return (
        isRecord(value) &&
        s.fields.every(
          (f) =>
            (value[f.name] === undefined ? !f.required || f.readOnly === true : fits(f.schema, value[f.name], side)),
        )
      );
    case "union":
      return pick(s, value, side) !== undefined;
    default:
      return true;
  }
}
