import { readdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository's `proto/` directory (the include directory of every proto file). */
export const PROTO_DIR: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'proto');

let all: string[] | undefined;

function protoFiles(): string[] {
  all ??= (readdirSync(PROTO_DIR, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.proto'))
    .map((f) => f.split(sep).join('/'))
    .sort();
  return all;
}

/** Every `api.proto` (gRPC services), relative to PROTO_DIR, sorted: `mallbots/customers/v1/api.proto`, ... */
export function apiProtoFiles(): string[] {
  return protoFiles().filter((f) => f.endsWith('/api.proto'));
}

/** Every `messages.proto` and `replies.proto` (integration messages), relative to PROTO_DIR, sorted. */
export function messageProtoFiles(): string[] {
  return protoFiles().filter((f) => f.endsWith('/messages.proto') || f.endsWith('/replies.proto'));
}
