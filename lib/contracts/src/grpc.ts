/**
 * gRPC side of the contracts: the proto-loader package definition of every service (for grpc-js servers and
 * @grpc/reflection) and typed access to service definitions and client constructors by fully qualified name.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ContractError } from './errors.ts';
import { fixMapEntryNames } from './reflection.ts';
import { apiProtoFiles, PROTO_DIR } from './files.ts';
import type { ProtoGrpcType } from './generated/api.ts';
import { Services, type ServiceName, type ServiceTypes } from './generated/names.ts';

export { PROTO_DIR };

/**
 * The options the TypeScript types were generated with (scripts/gen-proto.ts): camelCase fields, 64-bit integers and
 * enums as strings, defaults for absent fields, [] for absent repeated fields, virtual oneof fields.
 */
export const PROTO_LOADER_OPTIONS: Readonly<protoLoader.Options> = Object.freeze({
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  arrays: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
});

/** The generated server handler, client and definition types of a service, by fully qualified name. */
export type ServiceHandlers<N extends ServiceName> = ServiceTypes[N]['handlers'];
export type ServiceClient<N extends ServiceName> = ServiceTypes[N]['client'];
export type ServiceDefinitionOf<N extends ServiceName> = ServiceTypes[N]['definition'];

/** A generated client class: `new (address, credentials, options?)`, with its service definition attached. */
export interface ClientConstructor<N extends ServiceName> {
  new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions): ServiceClient<N>;
  service: ServiceDefinitionOf<N>;
  serviceName: string;
}

const SERVICE_NAMES: ReadonlySet<string> = new Set(Object.values(Services));

/** Whether `name` is the fully qualified name of one of our gRPC services. */
export function isServiceName(name: string): name is ServiceName {
  return SERVICE_NAMES.has(name);
}

let packageDefinition: protoLoader.PackageDefinition | undefined;
let grpcObject: ProtoGrpcType | undefined;

/**
 * The proto-loader package definition of every api.proto (loaded once, synchronously, then cached). Pass it to
 * `new ReflectionService(...)` of @grpc/reflection; it holds every service, message and enum by full name.
 */
export function loadPackageDefinition(): protoLoader.PackageDefinition {
  packageDefinition ??= protoLoader.loadSync(apiProtoFiles(), { ...PROTO_LOADER_OPTIONS });
  return packageDefinition;
}

/**
 * The package definition to serve through server reflection. Loaded with the proto field names kept
 * (`sms_number`, not `smsNumber`), so reflection clients such as grpcurl see the descriptors exactly as written in
 * proto/ and accept the JSON field names users expect. `extraFiles` adds absolute paths (e.g. grpc.health.v1).
 * The wire format does not depend on this choice.
 */
export function loadReflectionPackageDefinition(extraFiles: readonly string[] = []): protoLoader.PackageDefinition {
  return fixMapEntryNames(protoLoader.loadSync([...apiProtoFiles(), ...extraFiles], { ...PROTO_LOADER_OPTIONS, keepCase: true }));
}

/** The grpc-js object of every api.proto (cached), typed as the generated ProtoGrpcType: `.mallbots.customers.v1...`. */
export function loadGrpcObject(): ProtoGrpcType {
  grpcObject ??= grpc.loadPackageDefinition(loadPackageDefinition()) as unknown as ProtoGrpcType;
  return grpcObject;
}

function assertServiceName(name: string): asserts name is ServiceName {
  if (!isServiceName(name)) throw new ContractError(`unknown gRPC service "${name}"`, { contract: name });
}

/** The service definition to pass to `server.addService(serviceDefinition(Services.customers), handlers)`. */
export function serviceDefinition<N extends ServiceName>(name: N): ServiceDefinitionOf<N> {
  assertServiceName(name);
  const def = loadPackageDefinition()[name];
  if (def === undefined || 'format' in def) {
    throw new ContractError(`gRPC service "${name}" is not in the loaded proto files`, { contract: name });
  }
  return def as unknown as ServiceDefinitionOf<N>;
}

/** The generated client class of a service: `new (clientConstructor(Services.stores))(addr, credentials)`. */
export function clientConstructor<N extends ServiceName>(name: N): ClientConstructor<N> {
  assertServiceName(name);
  let node: unknown = loadGrpcObject();
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'function') {
    throw new ContractError(`gRPC service "${name}" is not in the loaded proto files`, { contract: name });
  }
  return node as ClientConstructor<N>;
}
