/**
 * @mallbots/contracts: the TypeScript side of proto/ (see README.md).
 * - `Names`, `MessageName`, `MessageTypes`, `Services`, `ServiceName`, `ServiceTypes` (generated/names.ts);
 * - one namespace per proto package with every generated type: `customers`, `ordering`, ..., `common`, `protobuf`;
 * - the message registry (`encodeMessage`, `decodeMessage`, `isMessageName`) and the gRPC loaders.
 */
export * from './generated/names.ts';
export * from './generated/packages.ts';
export type { ProtoGrpcType } from './generated/api.ts';
export { ContractError } from './errors.ts';
export { apiProtoFiles, messageProtoFiles } from './files.ts';
export * from './grpc.ts';
export * from './registry.ts';
export * from './time.ts';
