/**
 * Test double of the peers search asks on a cache miss: one gRPC server on 127.0.0.1 with the real customers and
 * stores service definitions, implementing only GetCustomer, GetStore and GetProduct (every other method answers
 * UNIMPLEMENTED). Tests fill the maps, read the call log, and can make the next calls fail with UNAVAILABLE.
 */
import * as grpc from '@grpc/grpc-js';
import { Services, serviceDefinition } from '@mallbots/contracts';

export interface FakePeers {
  address: string;
  customers: Map<string, string>;
  stores: Map<string, { name: string; version: number }>;
  products: Map<string, { storeId: string; name: string; version: number }>;
  /** Method name and id of every call received, e.g. `GetStore <id>`. */
  calls: string[];
  /** The next `n` calls of each kind fail with UNAVAILABLE. */
  failNext: { GetCustomer: number; GetStore: number; GetProduct: number };
  stop(): Promise<void>;
}

type Unary = (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => void;

export async function startFakePeers(): Promise<FakePeers> {
  const server = new grpc.Server();
  const peers: Omit<FakePeers, 'address' | 'stop'> = {
    customers: new Map(),
    stores: new Map(),
    products: new Map(),
    calls: [],
    failNext: { GetCustomer: 0, GetStore: 0, GetProduct: 0 },
  };
  const method =
    (name: keyof FakePeers['failNext'], answer: (id: string) => unknown): Unary =>
    (call, cb) => {
      peers.calls.push(`${name} ${call.request.id}`);
      if (peers.failNext[name] > 0) {
        peers.failNext[name]--;
        cb({ code: grpc.status.UNAVAILABLE, details: 'fake peer is down' });
        return;
      }
      const res = answer(call.request.id);
      if (res === undefined) cb({ code: grpc.status.NOT_FOUND, details: `${call.request.id} not found` });
      else cb(null, res);
    };
  server.addService(serviceDefinition(Services.customers) as unknown as grpc.ServiceDefinition, {
    GetCustomer: method('GetCustomer', (id) => {
      const name = peers.customers.get(id);
      return name === undefined ? undefined : { customer: { id, name, smsNumber: '+15550100', enabled: true } };
    }),
  });
  server.addService(serviceDefinition(Services.stores) as unknown as grpc.ServiceDefinition, {
    GetStore: method('GetStore', (id) => {
      const s = peers.stores.get(id);
      return s && { store: { id, name: s.name, location: 'Level 1', participating: true, version: s.version } };
    }),
    GetProduct: method('GetProduct', (id) => {
      const p = peers.products.get(id);
      return p && { product: { id, storeId: p.storeId, name: p.name, description: '', sku: '', price: 1, version: p.version } };
    }),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    ...peers,
    address: `127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
