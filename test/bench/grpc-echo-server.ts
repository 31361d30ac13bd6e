/**
 * The trivial unary gRPC call of the saga benchmark's raw primitives: a grpc-js server in a process of its own
 * (as every service is) that answers each call with its request bytes. Prints its port on stdout, runs until
 * killed.
 */
import * as grpc from '@grpc/grpc-js';

const same = (b: Buffer): Buffer => b;
export const ECHO_METHOD = {
  path: '/bench.Echo/Call',
  requestStream: false,
  responseStream: false,
  requestSerialize: same,
  requestDeserialize: same,
  responseSerialize: same,
  responseDeserialize: same,
} as const;

const server = new grpc.Server();
server.addService({ Call: ECHO_METHOD } as unknown as grpc.ServiceDefinition, {
  Call: ((call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) =>
    cb(null, call.request)) as grpc.UntypedHandleCall,
});
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${port}\n`);
});
