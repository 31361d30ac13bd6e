/**
 * `npm run load -- [--rate 10] [--duration 60] [--targets localhost] [--out file.jsonl] …`
 *
 * Simulated kiosk customers against a running MallBots (`make up`, a port-forwarded cluster, or any set of gRPC
 * addresses, see targets.ts): sets up a small mall, then checks out `--rate` baskets a second for `--duration`
 * seconds, a share of them by disabled customers or with a payment for the wrong amount so that the saga
 * compensates under load. Every order is appended to the record (JSON lines, see record.ts) for `npm run check`.
 *
 * With `--amqp amqp://…` (and `--namespace`, default `mallbots.`), the progress line also counts the orders
 * approved and rejected so far (watch.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseCli, num, out, err, progressPrinter } from './cli.ts';
import { formatProgress, runLoad } from './generator.ts';
import { DEFAULT_MALL, DEFAULT_MIX, setupMall } from './kiosk.ts';
import { RecordWriter } from './record.ts';
import { Rpc } from './rpc.ts';
import { parseTargets } from './targets.ts';
import { DecisionWatcher } from './watch.ts';

const USAGE = `usage: npm run load -- [options]
  --rate N            checkouts per second (env LOAD_RATE, default 10)
  --duration S        seconds of load (env LOAD_DURATION, default 60)
  --targets SPEC      gRPC addresses: a host, and/or svc=host:port,... (env LOAD_TARGETS; default the make up
                      ports 9001-9009 on 127.0.0.1, each overridable by <SVC>_GRPC_ADDR)
  --out FILE          record file, JSON lines (env LOAD_OUT, default .run/load/orders-<time>.jsonl)
  --disabled F        share of orders by disabled customers (default 0.1)
  --wrong-amount F    share of orders paid with the wrong amount (default 0.1)
  --max-items N       lines per order 1..N (default 3)
  --max-in-flight N   concurrent purchases before arrivals are skipped (default 256)
  --amqp URL          also watch decisions on the broker (progress line shows approved/rejected)
  --namespace NS      broker namespace for --amqp (default mallbots.)
`;

const v = parseCli(
  {
    rate: { type: 'string' },
    duration: { type: 'string' },
    targets: { type: 'string' },
    out: { type: 'string' },
    disabled: { type: 'string' },
    'wrong-amount': { type: 'string' },
    'max-items': { type: 'string' },
    'max-in-flight': { type: 'string' },
    amqp: { type: 'string' },
    namespace: { type: 'string' },
  },
  USAGE,
);

const env = process.env;
const rate = num('rate', v.rate, env['LOAD_RATE'], 10, 0.01);
const durationS = num('duration', v.duration, env['LOAD_DURATION'], 60, 1);
const targets = parseTargets(v.targets ?? env['LOAD_TARGETS'], env);
const file = resolve(v.out ?? env['LOAD_OUT'] ?? `.run/load/orders-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
const mix = {
  disabled: num('disabled', v.disabled, undefined, DEFAULT_MIX.disabled),
  wrongAmount: num('wrong-amount', v['wrong-amount'], undefined, DEFAULT_MIX.wrongAmount),
  maxItems: num('max-items', v['max-items'], undefined, DEFAULT_MIX.maxItems, 1),
};
if (mix.disabled + mix.wrongAmount > 1) {
  err('--disabled + --wrong-amount must be <= 1');
  process.exit(2);
}

mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  `${file}.meta.json`,
  JSON.stringify({ targets, rate, duration_s: durationS, mix, started: new Date().toISOString() }, null, 2),
);
const rpc = new Rpc(targets);
const writer = new RecordWriter(file);
const watcher = v.amqp ? await DecisionWatcher.start(v.amqp, v.namespace ?? 'mallbots.') : undefined;
const progress = progressPrinter();

try {
  err(`setting up the mall on ${targets.stores} / ${targets.customers} ...`);
  const mall = await setupMall(rpc, DEFAULT_MALL);
  err(`load: ${rate}/s for ${durationS}s; record ${file}`);
  const stats = await runLoad(rpc, mall, {
    rate,
    durationMs: durationS * 1000,
    mix,
    maxInFlight: num('max-in-flight', v['max-in-flight'], undefined, 256, 1),
    onRecord: (r) => writer.write(r),
    onProgress: (s) =>
      progress.print(formatProgress(s, watcher ? ` approved=${watcher.approved} rejected=${watcher.rejected}` : '')),
  });
  progress.done();
  out(
    JSON.stringify({
      load: 'done',
      record: file,
      seconds: Math.round(stats.elapsedMs / 100) / 10,
      started: stats.started,
      recorded: stats.acked + stats.unknown,
      unknown_ack: stats.unknown,
      aborted: stats.aborted,
      skipped: stats.skipped,
      expected: stats.byExpected,
    }),
  );
  err(`next: npm run check -- --record ${file}`);
} finally {
  await writer.close();
  await watcher?.close();
  rpc.close();
}
