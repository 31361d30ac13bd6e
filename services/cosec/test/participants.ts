/**
 * Test doubles for cosec's integration tests: plays the saga participants (customers, depot, payments, ordering)
 * over the real broker, in the test's namespace, and publishes OrderCreated like ordering does.
 *
 * Every command is recorded; by default it is answered with success (CreateShoppingList with CreatedShoppingList
 * and a list id of its own), exactly as lib/runtime's commandHandlers answers: saga headers echoed, outcome set,
 * routed by the reply channel. A script per saga can make a command fail or leave it unanswered ("silent").
 */
import { randomUUID } from 'node:crypto';
import { Broker, createEnvelope, Headers, type Envelope } from '@mallbots/am';
import { Names, decodeMessage, encodeMessage, type MessageName, type MessageTypes } from '@mallbots/contracts';
import { sagaIdFor } from '@mallbots/sec';

export type Behaviour = 'ok' | 'fail' | 'silent';

export interface SeenCommand {
  name: string;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface TestOrder {
  id: string;
  customerId: string;
  paymentId: string;
  items: { productId: string; storeId: string; storeName: string; productName: string; price: number; quantity: number }[];
  total: number;
}

export function newOrder(): TestOrder {
  const storeId = randomUUID();
  return {
    id: randomUUID(),
    customerId: randomUUID(),
    paymentId: randomUUID(),
    items: [
      { productId: randomUUID(), storeId, storeName: 'Corner Shop', productName: 'Tea', price: 4.5, quantity: 2 },
      { productId: randomUUID(), storeId, storeName: 'Corner Shop', productName: 'Milk', price: 1.25, quantity: 1 },
    ],
    total: 10.25,
  };
}

export const sagaOf = (order: { id: string }): string => sagaIdFor('cosec.CreateOrder', order.id);

export class FakeParticipants {
  readonly broker: Broker;
  readonly seen: SeenCommand[] = [];
  /** Behaviour per saga id and command name (default ok). */
  readonly scripts = new Map<string, Partial<Record<string, Behaviour>>>();
  readonly shoppingIds = new Map<string, string>();

  constructor(url: string, namespace: string) {
    this.broker = new Broker(url, { namespace, connectionName: `${namespace}participants` });
  }

  async start(): Promise<void> {
    this.broker.start();
    await this.broker.consume(
      { queue: 'test.participants', bindings: [{ exchange: 'commands', routingKey: 'mallbots.#' }] },
      (e) => this.#onCommand(e),
    );
    await this.broker.waitReady(10_000);
  }

  close(): Promise<void> {
    return this.broker.close();
  }

  script(order: { id: string }, behaviour: Partial<Record<string, Behaviour>>): void {
    this.scripts.set(sagaOf(order), behaviour);
  }

  /** Commands sent for one saga, in arrival order. */
  commandsOf(order: { id: string }): SeenCommand[] {
    const sagaId = sagaOf(order);
    return this.seen.filter((c) => c.headers[Headers.SagaId] === sagaId);
  }

  namesOf(order: { id: string }): string[] {
    return this.commandsOf(order).map((c) => c.name.replace(/^mallbots\.(\w+)\.v1\./, '$1.'));
  }

  async #onCommand(e: Envelope): Promise<void> {
    const payload = decodeMessage(e.name as MessageName, e.payload) as Record<string, unknown>;
    const cmd: SeenCommand = { name: e.name, payload, headers: e.headers };
    this.seen.push(cmd);
    const behaviour = this.scripts.get(e.headers[Headers.SagaId] ?? '')?.[e.name] ?? 'ok';
    if (behaviour !== 'silent') await this.reply(cmd, behaviour === 'ok');
  }

  /** Answers a command like a participant would. */
  async reply(cmd: SeenCommand, ok: boolean): Promise<void> {
    const sagaId = cmd.headers[Headers.SagaId] ?? '';
    if (ok && cmd.name === Names.depot.CreateShoppingList) {
      if (!this.shoppingIds.has(sagaId)) this.shoppingIds.set(sagaId, randomUUID());
      await this.#publishReply(cmd, Names.depot.CreatedShoppingList, { id: this.shoppingIds.get(sagaId)! }, true);
    } else if (ok) await this.#publishReply(cmd, Names.common.Success, {}, true);
    else await this.#publishReply(cmd, Names.common.Failure, { code: 'FAILED_PRECONDITION', message: 'scripted failure' }, false);
  }

  async #publishReply<N extends MessageName>(
    cmd: SeenCommand,
    name: N,
    payload: MessageTypes[N]['input'],
    ok: boolean,
  ): Promise<void> {
    const headers: Record<string, string> = { [Headers.ReplyOutcome]: ok ? 'SUCCESS' : 'FAILURE' };
    for (const h of [Headers.SagaId, Headers.SagaName, 'x-saga-step']) if (cmd.headers[h]) headers[h] = cmd.headers[h];
    await this.broker.publish(
      'replies',
      cmd.headers[Headers.ReplyChannel]!,
      createEnvelope({ name, payload: encodeMessage(name, payload), headers }),
    );
  }

  /** Publishes OrderCreated (a fresh message id every time), as ordering's outbox would. */
  async publishOrderCreated(
    order: TestOrder,
    overrides: Partial<MessageTypes['mallbots.ordering.v1.OrderCreated']['input']> = {},
  ) {
    const payload = {
      id: order.id,
      customerId: order.customerId,
      paymentId: order.paymentId,
      items: order.items,
      total: order.total,
      version: 1,
      ...overrides,
    };
    const name = Names.ordering.OrderCreated;
    await this.broker.publish('events', name, createEnvelope({ name, payload: encodeMessage(name, payload) }));
  }

  /** Publishes an arbitrary reply on cosec's reply channel. */
  async publishRawReply(headers: Record<string, string>): Promise<void> {
    const name = Names.common.Success;
    await this.broker.publish(
      'replies',
      'cosec.create-order',
      createEnvelope({ name, payload: encodeMessage(name, {}), headers }),
    );
  }
}

export async function eventually(pred: () => boolean | Promise<boolean>, ms = 8000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
