/**
 * A gRPC client that knows nothing but the server's address, like grpcurl: it asks the server's reflection
 * service for the descriptors, then calls methods with JSON using the proto field names (`sms_number`).
 * Tests use it to prove that reflection-only clients can use every service.
 */
import { createRequire } from 'node:module';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';

const require = createRequire(import.meta.url);
const REFLECTION_PROTO = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');

interface ReflectionResponse {
  listServicesResponse?: { service: { name: string }[] };
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
  errorResponse?: { errorCode: number; errorMessage: string };
}

type FileDescriptorSetCodec = { fromObject(o: unknown): unknown };
const descriptor = descriptorModule as unknown as {
  FileDescriptorProto: { decode(b: Uint8Array): unknown };
  FileDescriptorSet: FileDescriptorSetCodec;
};
const fromDescriptor = (protobuf.Root as unknown as { fromDescriptor(set: unknown): protobuf.Root }).fromDescriptor;

/**
 * protobufjs rebuilds map fields from descriptors as repeated `XEntry {key, value}` messages; grpcurl shows them
 * as JSON objects, and so do we.
 */
function isMapEntry(t: protobuf.Type): boolean {
  const names = Object.keys(t.fields).sort();
  return t.name.endsWith('Entry') && names.length === 2 && names[0] === 'key' && names[1] === 'value';
}

function mapsToObjects(type: protobuf.Type, value: Record<string, unknown>): Record<string, unknown> {
  for (const field of type.fieldsArray) {
    const v = value[field.name];
    const t = field.resolve().resolvedType;
    if (!(t instanceof protobuf.Type) || v === undefined || v === null) continue;
    if (field.repeated && isMapEntry(t) && Array.isArray(v)) {
      const valueType = t.fields['value']!.resolve().resolvedType;
      value[field.name] = Object.fromEntries(
        (v as { key: string; value: unknown }[]).map((e) => [
          e.key,
          valueType instanceof protobuf.Type ? mapsToObjects(valueType, e.value as Record<string, unknown>) : e.value,
        ]),
      );
    } else if (Array.isArray(v)) {
      value[field.name] = v.map((x) => mapsToObjects(t, x as Record<string, unknown>));
    } else if (typeof v === 'object') {
      value[field.name] = mapsToObjects(t, v as Record<string, unknown>);
    }
  }
  return value;
}

export class ReflectionClient {
  readonly #address: string;
  readonly #reflection: grpc.Client &
    Record<string, (...args: unknown[]) => grpc.ClientDuplexStream<unknown, ReflectionResponse>>;
  #root: protobuf.Root | undefined;

  constructor(address: string) {
    this.#address = address;
    const def = protoLoader.loadSync(REFLECTION_PROTO, { keepCase: false, longs: String, enums: String, defaults: true });
    const pkg = grpc.loadPackageDefinition(def) as unknown as {
      grpc: { reflection: { v1: { ServerReflection: grpc.ServiceClientConstructor } } };
    };
    this.#reflection = new pkg.grpc.reflection.v1.ServerReflection(address, grpc.credentials.createInsecure()) as never;
  }

  #ask(request: Record<string, string>): Promise<ReflectionResponse> {
    return new Promise((resolve, reject) => {
      const stream = this.#reflection['ServerReflectionInfo']!();
      stream.on('data', (r: ReflectionResponse) => {
        stream.end();
        if (r.errorResponse) reject(new Error(r.errorResponse.errorMessage));
        else resolve(r);
      });
      stream.on('error', reject);
      stream.write(request);
    });
  }

  /** Fully qualified names of the services the server lists. */
  async listServices(): Promise<string[]> {
    const r = await this.#ask({ listServices: '' });
    return (r.listServicesResponse?.service ?? []).map((s) => s.name).sort();
  }

  async #rootFor(service: string): Promise<protobuf.Root> {
    if (this.#root?.lookup(service)) return this.#root;
    const r = await this.#ask({ fileContainingSymbol: service });
    const files = (r.fileDescriptorResponse?.fileDescriptorProto ?? []).map((b) => descriptor.FileDescriptorProto.decode(b));
    this.#root = fromDescriptor(descriptor.FileDescriptorSet.fromObject({ file: files }));
    return this.#root;
  }

  /**
   * Calls `package.Service/Method` with a JSON request (proto field names); resolves to the JSON response.
   * Rejects with the grpc-js ServiceError (code, details) on failure.
   */
  async call(method: string, request: Record<string, unknown>, deadlineMs = 5000): Promise<Record<string, unknown>> {
    const [service, name] = method.split('/') as [string, string];
    const root = await this.#rootFor(service);
    const svc = root.lookupService(service);
    const m = svc.methods[name];
    if (!m) throw new Error(`${service} has no method ${name}`);
    const reqType = root.lookupType(m.requestType);
    const resType = root.lookupType(m.responseType);
    // fromObject first, like grpcurl: enum values may be given by name
    const err = reqType.verify(reqType.toObject(reqType.fromObject(request)));
    if (err) throw new Error(`bad request for ${method}: ${err}`);
    const client = new grpc.Client(this.#address, grpc.credentials.createInsecure());
    try {
      return await new Promise((resolve, reject) => {
        client.makeUnaryRequest(
          `/${service}/${name}`,
          (arg: Record<string, unknown>) => Buffer.from(reqType.encode(reqType.fromObject(arg)).finish()),
          (buf: Buffer) =>
            mapsToObjects(
              resType,
              resType.toObject(resType.decode(buf), { defaults: true, enums: String, longs: String, arrays: true }),
            ),
          request,
          new grpc.Metadata(),
          { deadline: Date.now() + deadlineMs },
          (e, res) => (e ? reject(e) : resolve(res as Record<string, unknown>)),
        );
      });
    } finally {
      client.close();
    }
  }

  close(): void {
    this.#reflection.close();
  }
}
