/**
 * Asks the services about one recorded order, through their public gRPC APIs only:
 * ordering GetOrder, cosec GetSaga (the saga id is derived from the order id, one saga per order), depot
 * ListShoppingLists by order, payments GetPayment, and — when the order is missing and the checkout's answer was
 * lost — baskets GetBasket. NOT_FOUND is an answer; other failures are retried briefly, then noted as errors.
 */
import { fromTimestamp } from '@mallbots/contracts';
import { sagaIdFor } from '@mallbots/sec';
import type { Observation, ObservedList, ObservedOrder, ObservedPayment, ObservedSaga } from './classify.ts';
import type { OrderRecord } from './record.ts';
import { Code, codeOf, withRetry, type Rpc } from './rpc.ts';
import type { ServiceKey } from './targets.ts';

export const CREATE_ORDER_SAGA = 'cosec.CreateOrder';

export const sagaIdOf = (orderId: string): string => sagaIdFor(CREATE_ORDER_SAGA, orderId);

type Json = Record<string, unknown>;

async function ask<T>(
  rpc: Rpc,
  errors: string[],
  svc: ServiceKey,
  method: string,
  req: Json,
  retryMs: number,
): Promise<T | null> {
  try {
    return await withRetry(() => rpc.call<T>(svc, method, req), retryMs);
  } catch (err) {
    if (codeOf(err) === Code.NOT_FOUND) return null;
    errors.push(`${svc} ${method}: ${(err as { details?: string }).details ?? (err as Error).message}`);
    return null;
  }
}

interface RawSaga {
  id: string;
  status: string;
  updatedAt?: { seconds: string; nanos: number } | null;
  history?: { step: number; direction: string; command: string; outcome: string }[];
}

function toSaga(s: RawSaga): ObservedSaga {
  const updated = fromTimestamp(s.updatedAt ?? undefined);
  return {
    id: s.id,
    status: s.status,
    ...(updated ? { updatedAt: updated.getTime() } : {}),
    history: (s.history ?? []).map((h) => ({ step: h.step, direction: h.direction, command: h.command, outcome: h.outcome })),
  };
}

/** Order and saga only: what the poller needs to see whether the order is decided and its saga finished. */
export async function observeDecision(
  rpc: Rpc,
  r: OrderRecord,
  retryMs = 2000,
): Promise<Pick<Observation, 'order' | 'saga' | 'errors'>> {
  const errors: string[] = [];
  const [o, s] = await Promise.all([
    ask<{ order: ObservedOrder }>(rpc, errors, 'ordering', 'GetOrder', { id: r.order_id }, retryMs),
    ask<{ saga: RawSaga }>(rpc, errors, 'cosec', 'GetSaga', { id: sagaIdOf(r.order_id) }, retryMs),
  ]);
  return { order: o?.order ?? null, saga: s?.saga ? toSaga(s.saga) : null, errors };
}

/** Everything the APIs can tell about the order. */
export async function observeOrder(rpc: Rpc, r: OrderRecord, retryMs = 5000): Promise<Observation> {
  const errors: string[] = [];
  const [o, s, l, p] = await Promise.all([
    ask<{ order: ObservedOrder }>(rpc, errors, 'ordering', 'GetOrder', { id: r.order_id }, retryMs),
    ask<{ saga: RawSaga }>(rpc, errors, 'cosec', 'GetSaga', { id: sagaIdOf(r.order_id) }, retryMs),
    ask<{ shoppingLists: ObservedList[] }>(
      rpc,
      errors,
      'depot',
      'ListShoppingLists',
      { orderId: r.order_id, limit: 100 },
      retryMs,
    ),
    ask<{ payment: ObservedPayment }>(rpc, errors, 'payments', 'GetPayment', { id: r.payment_id }, retryMs),
  ]);
  const obs: Observation = {
    order: o?.order ?? null,
    saga: s?.saga ? toSaga(s.saga) : null,
    lists: (l?.shoppingLists ?? []).map((x) => ({ id: x.id, status: x.status })),
    payment: p?.payment ? { confirmed: p.payment.confirmed, amount: p.payment.amount, orderId: p.payment.orderId } : null,
    errors,
  };
  if (!obs.order && r.ack !== 'ok') {
    const b = await ask<{ basket: { status: string } }>(rpc, errors, 'baskets', 'GetBasket', { id: r.order_id }, retryMs);
    if (b?.basket) obs.basketStatus = b.basket.status;
  }
  return obs;
}

/** Runs `fn` over `items` with at most `n` at a time. */
export async function mapLimit<T, R>(items: readonly T[], n: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}
