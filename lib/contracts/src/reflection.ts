/**
 * Descriptors for gRPC server reflection.
 *
 * protobufjs (under proto-loader) emits map fields' implicit entry messages with the wrong name (`Stops`
 * instead of protoc's `StopsEntry`). Strict reflection clients (grpcurl, via Go's protobuf) then refuse the whole
 * file ("invalid map: incorrect implicit map entry name"). `fixMapEntryNames` rewrites the descriptors as protoc
 * would have written them; the wire format is unaffected.
 */
import type { PackageDefinition } from '@grpc/proto-loader';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';

interface FieldDescriptor {
  name: string;
  typeName?: string;
}
interface MessageDescriptor {
  name: string;
  field: FieldDescriptor[];
  nestedType: MessageDescriptor[];
  options?: { mapEntry?: boolean };
}
interface FileDescriptor {
  messageType: MessageDescriptor[];
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

function fixMessage(m: MessageDescriptor): boolean {
  let changed = false;
  for (const nested of m.nestedType) changed = fixMessage(nested) || changed;
  for (const nested of m.nestedType) {
    if (!nested.options?.mapEntry) continue;
    const field = m.field.find((f) => f.typeName === nested.name || f.typeName?.endsWith(`.${m.name}.${nested.name}`));
    if (!field) continue;
    const wanted = mapEntryName(field.name);
    if (nested.name === wanted) continue;
    const old = nested.name;
    nested.name = wanted;
    field.typeName = field.typeName === old ? wanted : field.typeName!.slice(0, -old.length) + wanted;
    changed = true;
  }
  return changed;
}

export function fixFileDescriptor(bytes: Uint8Array): Uint8Array {
  const file = FileDescriptorProto.decode(bytes);
  let changed = false;
  for (const m of file.messageType) changed = fixMessage(m) || changed;
  return changed ? FileDescriptorProto.encode(file).finish() : bytes;
}

/** Rewrites every `fileDescriptorProtos` entry of a package definition in place; returns it. */
export function fixMapEntryNames(def: PackageDefinition): PackageDefinition {
  const cache = new Map<string, Buffer>();
  for (const entry of Object.values(def)) {
    const holder = entry as { fileDescriptorProtos?: Buffer[] };
    if (!Array.isArray(holder.fileDescriptorProtos)) continue;
    holder.fileDescriptorProtos = holder.fileDescriptorProtos.map((b) => {
      const key = b.toString('base64');
      let fixed = cache.get(key);
      if (!fixed) {
        fixed = Buffer.from(fixFileDescriptor(b));
        cache.set(key, fixed);
      }
      return fixed;
    });
  }
  return def;
}
