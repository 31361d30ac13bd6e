/**
 * The faults of the chaos run, each confined to one test Cluster (its processes, its broker namespace, its
 * database), because the broker and the PostgreSQL server are shared with everyone else on the machine:
 *
 *   kill:<svc>         SIGKILL one service, leave it down `downMs`, start it again (waits for /readyz)
 *   broker             force-close every broker connection of the cluster's services (`rabbitmqctl
 *                      close_connection` on the exact names `<namespace><svc>/<pid>`), as a broker restart looks to
 *                      a client; never the broker itself, never anyone else's connections
 *   postgres           the test database refuses connections (`allow_connections false`) and its backends are
 *                      terminated repeatedly for `pauseMs` (only this database; never a server restart)
 *   duplicates         capture the cluster's messages (events, commands, replies) for a moment, then republish
 *                      each one unchanged: same message id, same headers (redeliveries, a relay that published
 *                      twice); the inboxes must drop them
 *   duplicates-new-id  the same, each under a fresh message id (one fact published twice): handlers must be
 *                      idempotent on their own
 *   poison             undecodable payloads under real message names on every exchange: each must be
 *                      dead-lettered exactly once with its reason, and no service may stop
 */
import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import pg from 'pg';
import { closeConnections, rabbitmqUrl } from '@mallbots/am/testing';
import { ADMIN_DATABASE_URL } from '@mallbots/db/testing';
import { ALL_SERVICES, type Cluster, type ServiceName } from '../support/cluster.ts';
import { sleep } from './rpc.ts';

export interface FaultContext {
  cluster: Cluster;
  log: (line: string) => void;
}

export interface FaultResult {
  /** What was done (counts, durations). */
  detail: Record<string, unknown>;
  /** Anything that went against the fault's own expectation (e.g. a poison message not dead-lettered). */
  problems: string[];
}

export interface Fault {
  name: string;
  /** Resolves when the fault is over and the system may recover. */
  inject(ctx: FaultContext): Promise<FaultResult>;
}

/** The application name of our own database sessions: the postgres fault leaves them alone. */
export const OBSERVER_APP = 'mallbots-chaos';

export function killFault(svc: ServiceName, downMs = 2000): Fault {
  return {
    name: `kill:${svc}`,
    async inject({ cluster }) {
      const pid = cluster.pid(svc);
      await cluster.kill(svc);
      await sleep(downMs);
      const t = Date.now();
      await cluster.startService(svc);
      return { detail: { pid, down_ms: downMs, restart_ms: Date.now() - t }, problems: [] };
    },
  };
}

/** The broker connection names of the cluster's running services. */
export function connectionNames(cluster: Cluster): string[] {
  return ALL_SERVICES.flatMap((s) => {
    const pid = cluster.pid(s);
    return pid ? [`${cluster.namespace}${s}/${pid}`] : [];
  });
}

export function brokerFault(): Fault {
  return {
    name: 'broker',
    async inject({ cluster }) {
      const names = connectionNames(cluster);
      const closed = await closeConnections(names, 'chaos: broker connections closed');
      return {
        detail: { connections: names.length, closed },
        problems: closed < names.length ? [`closed ${closed} of ${names.length} service connections`] : [],
      };
    },
  };
}

const dbName = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

export function postgresFault(pauseMs = 3000): Fault {
  return {
    name: 'postgres',
    async inject({ cluster }) {
      const db = dbName(cluster.db.url);
      const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL, application_name: OBSERVER_APP });
      await admin.connect();
      let terminated = 0;
      const ident = `"${db.replace(/"/g, '""')}"`;
      try {
        await admin.query(`alter database ${ident} with allow_connections false`);
        const until = Date.now() + pauseMs;
        while (Date.now() < until) {
          const r = await admin.query<{ n: string }>(
            `select count(pg_terminate_backend(pid)) as n from pg_stat_activity
              where datname = $1 and pid <> pg_backend_pid() and coalesce(application_name, '') <> $2`,
            [db, OBSERVER_APP],
          );
          terminated += Number(r.rows[0]?.n ?? 0);
          await sleep(100);
        }
      } finally {
        await admin.query(`alter database ${ident} with allow_connections true`).catch(() => undefined);
        await admin.end();
      }
      return { detail: { database: db, paused_ms: pauseMs, backends_terminated: terminated }, problems: [] };
    },
  };
}

interface Captured {
  exchange: string;
  routingKey: string;
  content: Buffer;
  properties: amqp.MessageProperties;
}

export function duplicateFault(opts: { newIds: boolean; captureMs?: number; max?: number }): Fault {
  return {
    name: opts.newIds ? 'duplicates-new-id' : 'duplicates',
    async inject({ cluster }) {
      const ns = cluster.namespace;
      const conn = await amqp.connect(rabbitmqUrl(), { clientProperties: { connection_name: `${ns}chaos/${process.pid}` } });
      conn.on('error', () => undefined);
      try {
        const ch = await conn.createChannel();
        const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
        for (const kind of ['events', 'commands', 'replies']) await ch.bindQueue(queue, `${ns}${kind}`, '#');
        const captured: Captured[] = [];
        const max = opts.max ?? 400;
        const { consumerTag } = await ch.consume(
          queue,
          (m) => {
            if (m && captured.length < max) {
              captured.push({
                exchange: m.fields.exchange,
                routingKey: m.fields.routingKey,
                content: m.content,
                properties: m.properties,
              });
            }
          },
          { noAck: true },
        );
        await sleep(opts.captureMs ?? 2000);
        await ch.cancel(consumerTag);
        await ch.deleteQueue(queue);
        const pub = await conn.createConfirmChannel();
        const byName = new Map<string, number>();
        for (const m of captured) {
          const p = m.properties;
          const headers = { ...(p.headers ?? {}) } as Record<string, unknown>;
          pub.publish(m.exchange, m.routingKey, m.content, {
            messageId: opts.newIds ? randomUUID() : (p.messageId as string),
            type: p.type as string,
            timestamp: p.timestamp as number,
            contentType: p.contentType as string,
            ...(p.correlationId ? { correlationId: p.correlationId as string } : {}),
            headers,
            persistent: true,
          });
          const name = String(p.type);
          byName.set(name, (byName.get(name) ?? 0) + 1);
        }
        await pub.waitForConfirms();
        return {
          detail: {
            republished: captured.length,
            by_name: Object.fromEntries([...byName].map(([k, v]) => [k.replace(/^mallbots\./, ''), v])),
          },
          problems: captured.length === 0 ? ['captured no messages (was there load?)'] : [],
        };
      } finally {
        await conn.close().catch(() => undefined);
      }
    },
  };
}

/** Bytes no protobuf message decodes (a field tag with wire type 7). */
export const POISON = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x07]);

/** Where each poison goes and which consumer groups must dead-letter it (the groups bound to that name). */
export const POISON_TARGETS: readonly {
  exchange: 'events' | 'commands' | 'replies';
  routingKey: string;
  name: string;
  groups: string[];
}[] = [
  {
    exchange: 'events',
    routingKey: 'mallbots.ordering.v1.OrderCreated',
    name: 'mallbots.ordering.v1.OrderCreated',
    groups: ['cosec.ordering-events', 'notifications.ordering-events', 'search.ordering-events'],
  },
  {
    exchange: 'events',
    routingKey: 'mallbots.baskets.v1.BasketCheckedOut',
    name: 'mallbots.baskets.v1.BasketCheckedOut',
    groups: ['ordering.baskets-events'],
  },
  {
    exchange: 'commands',
    routingKey: 'mallbots.payments.v1.ConfirmPayment',
    name: 'mallbots.payments.v1.ConfirmPayment',
    groups: ['payments.commands'],
  },
  {
    exchange: 'commands',
    routingKey: 'mallbots.depot.v1.CreateShoppingList',
    name: 'mallbots.depot.v1.CreateShoppingList',
    groups: ['depot.commands'],
  },
  {
    exchange: 'commands',
    routingKey: 'mallbots.ordering.v1.ApproveOrder',
    name: 'mallbots.ordering.v1.ApproveOrder',
    groups: ['ordering.commands'],
  },
  {
    exchange: 'replies',
    routingKey: 'cosec.create-order',
    name: 'mallbots.depot.v1.CreatedShoppingList',
    groups: ['cosec.replies'],
  },
];

export function poisonFault(opts: { copies?: number; timeoutMs?: number; settleMs?: number } = {}): Fault {
  return {
    name: 'poison',
    async inject({ cluster }) {
      const ns = cluster.namespace;
      const copies = opts.copies ?? 2;
      const conn = await amqp.connect(rabbitmqUrl(), { clientProperties: { connection_name: `${ns}chaos/${process.pid}` } });
      conn.on('error', () => undefined);
      const problems: string[] = [];
      try {
        const pub = await conn.createConfirmChannel();
        // message id -> groups that must dead-letter it
        const expected = new Map<string, string[]>();
        for (const t of POISON_TARGETS) {
          for (let i = 0; i < copies; i++) {
            const id = randomUUID();
            expected.set(id, t.groups);
            pub.publish(`${ns}${t.exchange}`, t.routingKey, POISON, {
              messageId: id,
              type: t.name,
              timestamp: Math.floor(Date.now() / 1000),
              contentType: 'application/x-protobuf',
              headers: { 'x-saga-id': randomUUID(), 'x-saga-name': 'cosec.CreateOrder', 'x-chaos': 'poison' },
              persistent: true,
            });
          }
        }
        await pub.waitForConfirms();
        const published = Date.now();
        const groups = [...new Set(POISON_TARGETS.flatMap((t) => t.groups))];
        const want = [...expected].reduce((n, [, g]) => n + g.length, 0);

        // Read every dead letter of those groups (and put them back): count ours, by id and group.
        const ch = await conn.createChannel();
        ch.on('error', () => undefined);
        const scan = async (): Promise<{ found: Map<string, Map<string, number>>; reasons: Set<string> }> => {
          const found = new Map<string, Map<string, number>>();
          const reasons = new Set<string>();
          for (const g of groups) {
            const seen: amqp.GetMessage[] = [];
            for (;;) {
              const m = await ch.get(`${ns}${g}.dlq`, { noAck: false });
              if (!m) break;
              seen.push(m);
              const id = m.properties.messageId as string;
              if (!expected.has(id)) continue;
              const per = found.get(id) ?? new Map<string, number>();
              per.set(g, (per.get(g) ?? 0) + 1);
              found.set(id, per);
              const reason = (m.properties.headers as Record<string, unknown> | undefined)?.['x-death-reason'];
              if (reason !== undefined) reasons.add(String(reason).slice(0, 120));
            }
            if (seen.length > 0) ch.nackAll(true);
          }
          return { found, reasons };
        };
        const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
        let last = await scan();
        const total = (f: Map<string, Map<string, number>>) => [...f.values()].reduce((n, per) => n + per.size, 0);
        while (total(last.found) < want && Date.now() < deadline) {
          await sleep(500);
          last = await scan();
        }
        const reachedAt = Date.now();
        await sleep(opts.settleMs ?? 3000); // a looping message would show up again meanwhile
        last = await scan();
        for (const [id, groupsWanted] of expected) {
          const per = last.found.get(id) ?? new Map<string, number>();
          for (const g of groupsWanted) {
            const n = per.get(g) ?? 0;
            if (n === 0) problems.push(`poison ${id.slice(0, 8)} not dead-lettered by ${g}`);
            if (n > 1) problems.push(`poison ${id.slice(0, 8)} dead-lettered ${n} times by ${g} (a loop)`);
          }
        }
        for (const s of ALL_SERVICES) if (!cluster.pid(s)) problems.push(`${s} is not running after the poison`);
        return {
          detail: {
            published: expected.size,
            dead_letters_expected: want,
            dead_lettered: total(last.found),
            dead_letter_ms: reachedAt - published,
            reasons: [...last.reasons].slice(0, 3),
          },
          problems,
        };
      } finally {
        await conn.close().catch(() => undefined);
      }
    },
  };
}

export const DEFAULT_FAULTS = [
  ...(['cosec', 'customers', 'depot', 'payments', 'ordering', 'baskets'] as const).map((s) => `kill:${s}`),
  'broker',
  'postgres',
  'duplicates',
  'duplicates-new-id',
  'poison',
];

export function faultByName(name: string, opts: { downMs?: number; pgPauseMs?: number } = {}): Fault {
  const [kind, arg] = name.split(':');
  switch (kind) {
    case 'kill':
      if (!arg || !(ALL_SERVICES as readonly string[]).includes(arg)) throw new Error(`kill:<service>: unknown service "${arg}"`);
      return killFault(arg as ServiceName, opts.downMs);
    case 'broker':
      return brokerFault();
    case 'postgres':
      return postgresFault(opts.pgPauseMs);
    case 'duplicates':
      return duplicateFault({ newIds: false });
    case 'duplicates-new-id':
      return duplicateFault({ newIds: true });
    case 'poison':
      return poisonFault();
    default:
      throw new Error(`unknown fault "${name}" (kill:<svc>, broker, postgres, duplicates, duplicates-new-id, poison)`);
  }
}
