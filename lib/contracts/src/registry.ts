/**
 * The message registry: protobuf encoding and decoding of every integration event, command and reply by its wire
 * name (the fully qualified proto type, `Names.*`). Built once, lazily, from every messages.proto / replies.proto.
 */
import { isAbsolute, join } from 'node:path';
import protobuf from 'protobufjs';
import { ContractError } from './errors.ts';
import { messageProtoFiles, PROTO_DIR } from './files.ts';
import { Names, type MessageName, type MessageTypes } from './generated/names.ts';

/** Every message name of `Names`, sorted. */
export const MESSAGE_NAMES: readonly MessageName[] = Object.freeze(
  Object.values(Names)
    .flatMap((group) => Object.values(group) as MessageName[])
    .sort(),
);

const NAME_SET: ReadonlySet<string> = new Set(MESSAGE_NAMES);

/** The conversion options of the generated `__Output` types (same as PROTO_LOADER_OPTIONS). */
const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: String, defaults: true, arrays: true, oneofs: true };

/** Whether `name` is the wire name of one of our messages. */
export function isMessageName(name: string): name is MessageName {
  return NAME_SET.has(name);
}

let types: Map<string, protobuf.Type> | undefined;

function registry(): Map<string, protobuf.Type> {
  if (types) return types;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(PROTO_DIR, target));
  root.loadSync(messageProtoFiles(), { keepCase: false });
  root.resolveAll();
  const map = new Map<string, protobuf.Type>();
  for (const name of MESSAGE_NAMES) {
    const found = root.lookup(name);
    if (!(found instanceof protobuf.Type)) {
      throw new ContractError(`message "${name}" is not in proto/ (run \`npm run proto\`)`, { contract: name });
    }
    map.set(name, found);
  }
  types = map;
  return map;
}

function typeOf(name: string): protobuf.Type {
  const type = isMessageName(name) ? registry().get(name) : undefined;
  if (!type) throw new ContractError(`unknown message name "${name}"`, { contract: name });
  return type;
}

const INT32_TYPES = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32_TYPES = new Set(['uint32', 'fixed32']);
const LONG_TYPES = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/**
 * Prepares a permissive input object (the generated input types) for `Type.verify`, which only knows numeric enums
 * and numeric/Long 64-bit integers: enum names become their numbers, decimal strings become Longs. Rejects unknown
 * fields, unknown enum names and out-of-range 32-bit integers; everything else is left for `verify` to judge.
 */
function normalize(type: protobuf.Type, value: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = type.fields[key];
    if (!field) {
      if (type.oneofs?.[key]) continue; // the virtual oneof field of a decoded object
      throw new ContractError(`${path}${key}: unknown field of ${type.fullName.slice(1)}`);
    }
    if (v === undefined || v === null) continue;
    const fieldPath = `${path}${key}`;
    if (field.map) {
      out[key] = isPlainObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, e]) => [k, normalizeValue(field, e, `${fieldPath}[${k}]`)]))
        : v;
    } else if (field.repeated) {
      out[key] = Array.isArray(v) ? v.map((e, i) => normalizeValue(field, e, `${fieldPath}[${i}]`)) : v;
    } else {
      out[key] = normalizeValue(field, v, fieldPath);
    }
  }
  return out;
}

function normalizeValue(field: protobuf.Field, v: unknown, path: string): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) {
    if (typeof v !== 'string') return v;
    const n = resolved.values[v];
    if (n === undefined) throw new ContractError(`${path}: "${v}" is not a value of ${resolved.fullName.slice(1)}`);
    return n;
  }
  if (resolved instanceof protobuf.Type) return isPlainObject(v) ? normalize(resolved, v, `${path}.`) : v;
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (INT32_TYPES.has(field.type) && (v < -2147483648 || v > 2147483647)) {
      throw new ContractError(`${path}: ${v} is out of range for ${field.type}`);
    }
    if (UINT32_TYPES.has(field.type) && (v < 0 || v > 4294967295)) {
      throw new ContractError(`${path}: ${v} is out of range for ${field.type}`);
    }
  }
  if (LONG_TYPES.has(field.type) && typeof v === 'string') {
    if (!/^-?\d+$/.test(v)) throw new ContractError(`${path}: "${v}" is not an integer`);
    const unsigned = field.type === 'uint64' || field.type === 'fixed64';
    // protobufjs types util.Long as a bare constructor; at run time it is the `long` package (a protobufjs dependency).
    const Long = protobuf.util.Long as unknown as { fromString(s: string, unsigned?: boolean): unknown } | undefined;
    return Long ? Long.fromString(v, unsigned) : Number(v);
  }
  return v;
}

/**
 * Encodes a message by its wire name. The payload is checked first (`Type.verify` plus unknown fields and enum
 * names): a mismatch throws a ContractError naming the message and the field.
 */
export function encodeMessage<N extends MessageName>(name: N, payload: MessageTypes[N]['input']): Uint8Array {
  const type = typeOf(name);
  if (!isPlainObject(payload)) throw new ContractError(`${name}: payload must be an object`, { contract: name });
  let normalized: Record<string, unknown>;
  try {
    normalized = normalize(type, payload, '');
  } catch (err) {
    if (err instanceof ContractError) throw new ContractError(`${name}: ${err.message}`, { contract: name });
    throw err;
  }
  const problem = type.verify(normalized);
  if (problem) throw new ContractError(`${name}: ${problem}`, { contract: name });
  return type.encode(type.fromObject(normalized)).finish();
}

/**
 * Decodes a message by its wire name into the generated `__Output` shape (camelCase, enums and 64-bit integers as
 * strings, defaults filled in). Bytes that are not a valid encoding throw a ContractError.
 */
export function decodeMessage<N extends MessageName>(name: N, bytes: Uint8Array): MessageTypes[N]['output'] {
  const type = typeOf(name);
  if (!(bytes instanceof Uint8Array)) throw new ContractError(`${name}: bytes expected`, { contract: name });
  let message: protobuf.Message;
  try {
    message = type.decode(bytes);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ContractError(`${name}: cannot decode ${bytes.length} bytes: ${reason}`, { contract: name, cause: err });
  }
  return type.toObject(message, TO_OBJECT) as MessageTypes[N]['output'];
}
