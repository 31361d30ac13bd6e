/**
 * Peer gRPC addresses: `<SERVICE>_GRPC_ADDR`, defaulting to the local-run ports of ARCHITECTURE.md §8.
 * A service that calls stores declares `config: { ...peerSpec('stores') }` and reads `config.STORES_GRPC_ADDR`.
 */
import { hostPort } from '@mallbots/config';

export const LOCAL_GRPC_PORTS = {
  stores: 9001,
  customers: 9002,
  baskets: 9003,
  ordering: 9004,
  depot: 9005,
  payments: 9006,
  notifications: 9007,
  search: 9008,
  cosec: 9009,
} as const;
export type PeerName = keyof typeof LOCAL_GRPC_PORTS;

/** The nine services, in the order of their ports. */
export const SERVICE_NAMES = Object.keys(LOCAL_GRPC_PORTS) as readonly PeerName[];

type PeerVar<P extends PeerName> = `${Uppercase<P>}_GRPC_ADDR`;

export function peerSpec<P extends PeerName>(...peers: P[]): { [K in P as PeerVar<K>]: ReturnType<typeof hostPort> } {
  const out: Record<string, ReturnType<typeof hostPort>> = {};
  for (const p of peers) out[`${p.toUpperCase()}_GRPC_ADDR`] = hostPort({ default: `127.0.0.1:${LOCAL_GRPC_PORTS[p]}` });
  return out as { [K in P as PeerVar<K>]: ReturnType<typeof hostPort> };
}
