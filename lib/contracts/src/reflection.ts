/**
 * Descriptors for gRPC server reflection.
 *
 * proto-loader builds its descriptors with protobufjs, which writes them in ways strict reflection clients
 * (grpcurl, anything on Go's protobuf) refuse:
 * - one synthetic file per package with no `dependency` list, and type references relative to the file
 *   (`google.protobuf.Timestamp`, `Stop`) instead of fully qualified (`.google.protobuf.Timestamp`), so a
 *   Timestamp field "cannot resolve type";
 * - map fields' implicit entry messages named after the field (`Stops`) instead of protoc's `StopsEntry`
 *   ("invalid map: incorrect implicit map entry name").
 * `fixMapEntryNames` rewrites the descriptors as protoc would have written them. The wire format is unaffected.
 */
import type { PackageDefinition } from '@grpc/proto-loader';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';

interface FieldDescriptor {
  name: string;
  typeName?: string;
}
interface EnumDescriptor {
  name: string;
}
interface MessageDescriptor {
  name: string;
  field: FieldDescriptor[];
  nestedType: MessageDescriptor[];
  enumType: EnumDescriptor[];
  options?: { mapEntry?: boolean };
}
interface ServiceDescriptor {
  name: string;
  method: { inputType?: string; outputType?: string }[];
}
interface FileDescriptor {
  name: string;
  package?: string;
  dependency: string[];
  messageType: MessageDescriptor[];
  enumType: EnumDescriptor[];
  service: ServiceDescriptor[];
}
interface DescriptorCodec {
  decode(b: Uint8Array): FileDescriptor;
  encode(m: FileDescriptor): { finish(): Uint8Array };
}

const FileDescriptorProto = (descriptorModule as unknown as { FileDescriptorProto: DescriptorCodec }).FileDescriptorProto;

/** protoc's name for the entry message of map field `field`: CamelCase + "Entry". */
export function mapEntryName(field: string): string {
  return `${field
    .split('_')
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')}Entry`;
}

function fixMapEntries(m: MessageDescriptor): void {
  for (const nested of m.nestedType) fixMapEntries(nested);
  for (const nested of m.nestedType) {
    if (!nested.options?.mapEntry) continue;
    const field = m.field.find((f) => f.typeName === nested.name || f.typeName?.endsWith(`.${nested.name}`));
    if (!field) continue;
    const wanted = mapEntryName(field.name);
    if (nested.name === wanted) continue;
    const old = nested.name;
    nested.name = wanted;
    field.typeName = field.typeName === old ? wanted : field.typeName!.slice(0, -old.length) + wanted;
  }
}

/** Fully qualified name (with leading dot) -> defining file, over a set of files. */
function indexTypes(files: FileDescriptor[]): Map<string, string> {
  const index = new Map<string, string>();
  const walk = (file: string, scope: string, m: MessageDescriptor): void => {
    const name = `${scope}.${m.name}`;
    index.set(name, file);
    for (const e of m.enumType) index.set(`${name}.${e.name}`, file);
    for (const n of m.nestedType) walk(file, name, n);
  };
  for (const f of files) {
    const scope = f.package ? `.${f.package}` : '';
    for (const m of f.messageType) walk(f.name, scope, m);
    for (const e of f.enumType) index.set(`${scope}.${e.name}`, f.name);
  }
  return index;
}

/** Resolves a (possibly relative) type reference the way protoc does: innermost scope first. */
function resolve(ref: string, scope: string, index: Map<string, string>): string | undefined {
  if (ref.startsWith('.')) return index.has(ref) ? ref : undefined;
  const parts = scope.split('.').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const candidate = `.${[...parts.slice(0, i), ref].join('.')}`;
    if (index.has(candidate)) return candidate;
  }
  return undefined;
}

function qualify(files: FileDescriptor[]): void {
  const index = indexTypes(files);
  for (const f of files) {
    const deps = new Set(f.dependency);
    const use = (ref: string | undefined, scope: string): string | undefined => {
      if (!ref) return ref;
      const full = resolve(ref, scope, index);
      if (!full) return ref;
      const file = index.get(full)!;
      if (file !== f.name) deps.add(file);
      return full;
    };
    const walk = (m: MessageDescriptor, scope: string): void => {
      const inner = `${scope}.${m.name}`;
      for (const field of m.field) if (field.typeName) field.typeName = use(field.typeName, inner);
      for (const n of m.nestedType) walk(n, inner);
    };
    const pkg = f.package ?? '';
    for (const m of f.messageType) walk(m, pkg);
    for (const s of f.service) {
      for (const method of s.method) {
        method.inputType = use(method.inputType, pkg);
        method.outputType = use(method.outputType, pkg);
      }
    }
    f.dependency = [...deps].sort();
  }
}

/** Rewrites one set of file descriptors (as proto-loader attaches them to each type) protoc-style. */
export function fixFileDescriptors(set: readonly Uint8Array[]): Uint8Array[] {
  const files = set.map((b) => FileDescriptorProto.decode(b));
  for (const f of files) for (const m of f.messageType) fixMapEntries(m);
  qualify(files);
  return files.map((f) => FileDescriptorProto.encode(f).finish());
}

/** Rewrites every descriptor set of a package definition in place (messages, enums and service methods). */
export function fixMapEntryNames(def: PackageDefinition): PackageDefinition {
  const cache = new Map<string, Buffer[]>();
  const fix = (holder: { fileDescriptorProtos?: Buffer[] } | undefined): void => {
    if (!holder || !Array.isArray(holder.fileDescriptorProtos)) return;
    const key = holder.fileDescriptorProtos.map((b) => b.toString('base64')).join('|');
    let fixed = cache.get(key);
    if (!fixed) {
      fixed = fixFileDescriptors(holder.fileDescriptorProtos).map((b) => Buffer.from(b));
      cache.set(key, fixed);
    }
    holder.fileDescriptorProtos = fixed;
  };
  for (const entry of Object.values(def)) {
    fix(entry as { fileDescriptorProtos?: Buffer[] });
    // service definitions: each method carries its request and response types' descriptors
    for (const method of Object.values(entry as Record<string, unknown>)) {
      const m = method as {
        requestType?: { fileDescriptorProtos?: Buffer[] };
        responseType?: { fileDescriptorProtos?: Buffer[] };
      };
      if (m && typeof m === 'object') {
        fix(m.requestType);
        fix(m.responseType);
      }
    }
  }
  return def;
}
