/**
 * The unit of work: every gRPC call and every consumed message runs as one `TransactionManager` call.
 *
 *   begin -> [message: inbox insert; duplicate id -> commit nothing, report duplicate] -> handler
 *         -> outbox inserts for what the handler published -> commit -> relay publishes the new rows
 *
 * The handler gets a forked EntityManager bound to the transaction and `publish()` for integration messages.
 * Nothing it publishes leaves before the commit, so a reply can never race the state it depends on, and a
 * rolled-back handler publishes nothing. The caller (lib/am consumer) acks only after this resolves.
 */
import { randomUUID } from 'node:crypto';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { encodeMessage, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { OutboxRelay, OutboxRow } from './outbox.ts';

export type MessageKind = 'event' | 'command' | 'reply';

export interface OutgoingMessage<N extends MessageName = MessageName> {
  kind: MessageKind;
  name: N;
  payload: MessageTypes[N]['input'];
  /** Events and commands route by name; replies route by the reply channel given here. */
  routingKey?: string;
  headers?: Record<string, string>;
  /** The aggregate the message is about (kept with the row; ordering is by write order). */
  aggregateId?: string;
}

/** What a unit of work knows about the message it handles (absent for gRPC calls). */
export interface IncomingMessage {
  messageId: string;
  name: string;
  correlationId?: string | undefined;
}

export interface UnitOfWork {
  readonly em: EntityManager;
  readonly incoming: IncomingMessage | undefined;
  /** Writes a message to the outbox, in this transaction. */
  publish<N extends MessageName>(message: OutgoingMessage<N>): void;
}

export interface TransactionManagerOptions {
  orm: MikroORM;
  schema: string;
  relay: OutboxRelay;
  /**
   * Called for each message as it is written, inside the unit of work: returns headers to store with it
   * (the W3C trace context of a producer span) and may count it.
   */
  contextHeaders?: (message: { name: string; kind: MessageKind; routingKey: string }) => Record<string, string>;
}

export type HandleResult<T> = { duplicate: true } | { duplicate: false; result: T };

export class TransactionManager {
  readonly #o: TransactionManagerOptions;
  readonly #outbox: string;
  readonly #inbox: string;

  constructor(opts: TransactionManagerOptions) {
    this.#o = opts;
    this.#outbox = `"${opts.schema}".outbox`;
    this.#inbox = `"${opts.schema}".inbox`;
  }

  /** Runs `fn` in a transaction (gRPC calls and other work with no incoming message). */
  async run<T>(fn: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const r = await this.#execute(undefined, fn);
    if (r.duplicate) throw new Error('unreachable: no inbox for a plain unit of work');
    return r.result;
  }

  /** Runs a message handler once per message id; a redelivered message commits nothing. */
  handle<T>(incoming: IncomingMessage, fn: (uow: UnitOfWork) => Promise<T>): Promise<HandleResult<T>> {
    return this.#execute(incoming, fn);
  }

  async #execute<T>(incoming: IncomingMessage | undefined, fn: (uow: UnitOfWork) => Promise<T>): Promise<HandleResult<T>> {
    const rows: OutboxRow[] = [];
    const outcome = await this.#o.orm.em.fork().transactional(async (em): Promise<HandleResult<T>> => {
      if (incoming) {
        const inserted = await em.execute<{ message_id: string }[]>(
          `insert into ${this.#inbox} (message_id, name) values (?, ?) on conflict do nothing returning message_id`,
          [incoming.messageId, incoming.name],
        );
        if (inserted.length === 0) return { duplicate: true };
      }
      const pending: OutgoingMessage[] = [];
      const uow: UnitOfWork = {
        em,
        incoming,
        publish: (m) => {
          pending.push(m as unknown as OutgoingMessage);
        },
      };
      const result = await fn(uow);
      if (pending.length > 0) rows.push(...(await this.#writeOutbox(em, pending, incoming)));
      return { duplicate: false, result };
    });
    this.#o.relay.notify(rows);
    return outcome;
  }

  async #writeOutbox(
    em: EntityManager,
    messages: OutgoingMessage[],
    incoming: IncomingMessage | undefined,
  ): Promise<OutboxRow[]> {
    const correlationId = incoming ? (incoming.correlationId ?? incoming.messageId) : randomUUID();
    const prepared = messages.map((m): Omit<OutboxRow, 'id' | 'createdAt'> => {
      if (m.kind === 'reply' && !m.routingKey) throw new Error(`reply ${m.name} needs a routing key (the reply channel)`);
      const routingKey = m.routingKey ?? m.name;
      const headers: Record<string, string> = {
        ...this.#o.contextHeaders?.({ name: m.name, kind: m.kind, routingKey }),
        ...m.headers,
      };
      if (incoming) headers['x-causation-id'] = incoming.messageId;
      return {
        messageId: randomUUID(),
        exchange: m.kind === 'event' ? 'events' : m.kind === 'command' ? 'commands' : 'replies',
        routingKey,
        name: m.name,
        payload: encodeMessage(m.name, m.payload as never),
        headers,
        correlationId,
        aggregateId: m.aggregateId ?? null,
      };
    });
    const values = prepared.map(() => '(?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ');
    const params = prepared.flatMap((p) => [
      p.messageId,
      p.exchange,
      p.routingKey,
      p.name,
      Buffer.from(p.payload),
      JSON.stringify(p.headers),
      p.correlationId,
      p.aggregateId,
    ]);
    const inserted = await em.execute<{ id: string; message_id: string; created_at: Date | string }[]>(
      `insert into ${this.#outbox} (message_id, exchange, routing_key, name, payload, headers, correlation_id, aggregate_id)
       values ${values} returning id, message_id, created_at`,
      params,
    );
    const byMessageId = new Map(inserted.map((r) => [r.message_id, r]));
    return prepared.map((p) => {
      const row = byMessageId.get(p.messageId);
      if (!row) throw new Error(`outbox row for ${p.messageId} was not returned`);
      return { ...p, id: String(row.id), createdAt: new Date(row.created_at) };
    });
  }
}
