/**
 * Counting the work of one checkout from the services' own Prometheus counters (a cross-check of the count made
 * from the code in docs/performance.md): scrape every service before and after a batch of orders, subtract.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (what prom-client serves); comments and malformed lines are skipped. */
export function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    const value = Number(m[4]);
    if (Number.isFinite(value)) out.push({ name: m[1]!, labels, value });
  }
  return out;
}

export interface WorkCounts {
  /** Messages written to outboxes (each becomes one publish). */
  publishes: number;
  /** Messages consumed and handled (each a broker delivery and one unit of work). */
  deliveries: number;
  /** gRPC calls served, by everyone (the kiosk's and the services' own). */
  grpcCalls: number;
  /** gRPC calls that change state (each one unit of work); the rest are reads. */
  grpcCommands: number;
  /** Messages retried or dead-lettered (should be 0 in a clean run). */
  failedDeliveries: number;
}

const READ = /\/(Get|List|Search)[A-Z]/;

export function workCounts(samples: readonly Sample[]): WorkCounts {
  const sum = (f: (s: Sample) => boolean) => samples.filter(f).reduce((n, s) => n + s.value, 0);
  return {
    publishes: sum((s) => s.name === 'mallbots_messages_sent_total'),
    deliveries: sum((s) => s.name === 'mallbots_messages_total' && s.labels['outcome'] === 'handled'),
    failedDeliveries: sum((s) => s.name === 'mallbots_messages_total' && s.labels['outcome'] !== 'handled'),
    grpcCalls: sum((s) => s.name === 'mallbots_grpc_server_calls_total' && !(s.labels['method'] ?? '').startsWith('/grpc.')),
    grpcCommands: sum(
      (s) =>
        s.name === 'mallbots_grpc_server_calls_total' &&
        !(s.labels['method'] ?? '').startsWith('/grpc.') &&
        !READ.test(s.labels['method'] ?? ''),
    ),
  };
}

export function diff(a: WorkCounts, b: WorkCounts): WorkCounts {
  return {
    publishes: b.publishes - a.publishes,
    deliveries: b.deliveries - a.deliveries,
    grpcCalls: b.grpcCalls - a.grpcCalls,
    grpcCommands: b.grpcCommands - a.grpcCommands,
    failedDeliveries: b.failedDeliveries - a.failedDeliveries,
  };
}

/** Each service's samples, in the order of `httpAddresses`. */
async function samplesOf(httpAddresses: readonly string[]): Promise<Sample[][]> {
  const texts = await Promise.all(httpAddresses.map(async (a) => (await fetch(`${a}/metrics`)).text()));
  return texts.map(parseMetrics);
}

export async function scrape(httpAddresses: readonly string[]): Promise<WorkCounts> {
  return workCounts((await samplesOf(httpAddresses)).flat());
}

export interface Timings {
  /** Mean time from a delivery to its ack: decode, unit of work (inbox, handler, outbox, commit). */
  handlerMs: number;
  /** Mean time from an outbox row's transaction start to the broker's confirm of its publish. */
  outboxLagMs: number;
  /** Mean gRPC server time. */
  grpcMs: number;
}

interface Sums {
  [k: string]: number;
}

function sums(samples: readonly Sample[]): Sums {
  const out: Sums = {};
  for (const s of samples) {
    if (!/_seconds_(sum|count)$/.test(s.name)) continue;
    if (s.name.startsWith('mallbots_grpc_server_seconds') && (s.labels['method'] ?? '').startsWith('/grpc.')) continue;
    out[s.name] = (out[s.name] ?? 0) + s.value;
  }
  return out;
}

export async function scrapeTimings(httpAddresses: readonly string[]): Promise<Sums> {
  return sums((await samplesOf(httpAddresses)).flat());
}

/** Means over the interval between two scrapes. */
export function timings(a: Sums, b: Sums): Timings {
  const mean = (name: string) => {
    const n = (b[`${name}_count`] ?? 0) - (a[`${name}_count`] ?? 0);
    return n > 0 ? Math.round((((b[`${name}_sum`] ?? 0) - (a[`${name}_sum`] ?? 0)) / n) * 1e5) / 100 : NaN;
  };
  return {
    handlerMs: mean('mallbots_message_handler_seconds'),
    outboxLagMs: mean('mallbots_outbox_publish_lag_seconds'),
    grpcMs: mean('mallbots_grpc_server_seconds'),
  };
}

/**
 * Where a service's memory is, from its default Node metrics (MB): V8's committed heap by space (new, old, code,
 * …) and what lives outside it (`external`: buffers and wasm memory). RSS minus these is the binary, native
 * libraries and malloc.
 */
function memoryBreakdown(samples: readonly Sample[]): Record<string, number> {
  const mb = (x: number) => Math.round((x / 1048576) * 10) / 10;
  const out: Record<string, number> = {};
  for (const s of samples) {
    if (s.name === 'mallbots_process_nodejs_heap_size_total_bytes') out['heap'] = mb(s.value);
    else if (s.name === 'mallbots_process_nodejs_external_memory_bytes') out['external'] = mb(s.value);
    else if (s.name === 'mallbots_process_nodejs_heap_space_size_total_bytes' && s.labels['space'])
      out[s.labels['space']] = mb(s.value);
  }
  return out;
}

/** `memoryBreakdown` of each service, in the order of `httpAddresses`. */
export async function scrapeMemory(httpAddresses: readonly string[]): Promise<Record<string, number>[]> {
  return (await samplesOf(httpAddresses)).map(memoryBreakdown);
}
