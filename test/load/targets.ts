/**
 * Where the services listen. The load generator, the checker and the chaos harness talk to a running system only
 * through these gRPC addresses, so they work the same against `make up`, a port-forwarded Kubernetes cluster or a
 * test Cluster.
 *
 * `--targets` accepts
 *   - nothing: the `make up` ports on 127.0.0.1 (stores 9001 … cosec 9009), each overridable by `<SVC>_GRPC_ADDR`
 *     (the variables the services themselves use for their peers);
 *   - a host (`10.0.0.5` or `localhost`): the same ports on that host;
 *   - a list `ordering=127.0.0.1:19004,cosec=127.0.0.1:19009`: those services there, the others as above;
 *   - both: `localhost,cosec=127.0.0.1:19009`.
 */
import { LOCAL_GRPC_PORTS, SERVICE_NAMES, type PeerName } from '@mallbots/runtime/peers';
export { SERVICE_NAMES };
export type ServiceKey = PeerName;
export type Targets = Record<ServiceKey, string>;

/** The `make up` gRPC ports (ARCHITECTURE.md §8), as the services default their peers' addresses to. */
export const DEFAULT_PORTS: Readonly<Record<ServiceKey, number>> = LOCAL_GRPC_PORTS;

const isService = (s: string): s is ServiceKey => (SERVICE_NAMES as readonly string[]).includes(s);

export function parseTargets(spec: string | undefined, env: Record<string, string | undefined> = {}): Targets {
  let host = '127.0.0.1';
  const explicit: Partial<Targets> = {};
  for (const part of (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (part.includes(':') && !part.startsWith('['))
        throw new Error(`--targets: "${part}" is host:port without a service name (use svc=host:port)`);
      host = part;
      continue;
    }
    const name = part.slice(0, eq).trim();
    const addr = part.slice(eq + 1).trim();
    if (!isService(name)) throw new Error(`--targets: unknown service "${name}" (one of ${SERVICE_NAMES.join(', ')})`);
    if (!/^[^\s]+:\d+$/.test(addr)) throw new Error(`--targets: "${addr}" for ${name} is not host:port`);
    explicit[name] = addr;
  }
  const out = {} as Targets;
  for (const name of SERVICE_NAMES) {
    out[name] = explicit[name] ?? env[`${name.toUpperCase()}_GRPC_ADDR`] ?? `${host}:${DEFAULT_PORTS[name]}`;
  }
  return out;
}

/**
 * Whether these are `make up`'s services: every one on its local port on a loopback host. A cluster port-forwarded
 * to the same ports looks the same; the checker therefore only assumes `make up`'s database, never requires it.
 */
export function isLocalRun(targets: Targets): boolean {
  return SERVICE_NAMES.every((name) => {
    const addr = targets[name];
    const colon = addr.lastIndexOf(':');
    const host = addr.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
    return ['127.0.0.1', 'localhost', '::1'].includes(host) && Number(addr.slice(colon + 1)) === DEFAULT_PORTS[name];
  });
}
