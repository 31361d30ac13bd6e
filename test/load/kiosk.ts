/**
 * Simulated kiosk customers over the services' public gRPC APIs: a small mall (stores, products, customers, some
 * of them disabled) and the purchase flow of ARCHITECTURE.md / spec §4.3 — StartBasket, AddItem…,
 * AuthorizePayment, CheckoutBasket — with the outcome the saga must reach:
 *
 *   disabled customer          -> rejected (AuthorizeCustomer fails; nothing to undo)
 *   payment for a wrong amount -> rejected (ConfirmPayment fails; the shopping list is cancelled)
 *   otherwise                  -> approved
 *
 * Calls before the checkout are retried while the service is unreachable (a chaos run kills them); if they still
 * fail the attempt is abandoned and no order is recorded. The checkout itself is retried too, but a checkout whose
 * answer was lost may have happened: it is recorded with `ack: "unknown"` and the checker asks the basket.
 */
import { randomInt } from 'node:crypto';
import type { OrderRecord, Reason } from './record.ts';
import { Code, codeOf, isTransient, withRetry, type Rpc } from './rpc.ts';

export interface Product {
  id: string;
  storeId: string;
  priceCents: number;
}

export interface Mall {
  products: Product[];
  enabledCustomers: string[];
  disabledCustomers: string[];
}

export interface MallShape {
  stores: number;
  productsPerStore: number;
  customers: number;
  disabledCustomers: number;
}

export const DEFAULT_MALL: MallShape = { stores: 3, productsPerStore: 4, customers: 40, disabledCustomers: 8 };

const SETUP_BUDGET_MS = 30_000;

/** Creates the stores, products and customers the simulated kiosk uses. */
export async function setupMall(rpc: Rpc, shape: MallShape = DEFAULT_MALL): Promise<Mall> {
  const call = <T>(svc: Parameters<Rpc['call']>[0], method: string, req: Record<string, unknown>) =>
    withRetry(() => rpc.call<T>(svc, method, req), SETUP_BUDGET_MS);
  const products: Product[] = [];
  for (let s = 0; s < shape.stores; s++) {
    const { id: storeId } = await call<{ id: string }>('stores', 'CreateStore', {
      name: `Load Store ${s + 1}`,
      location: `Level ${s + 1}`,
    });
    await call('stores', 'EnableParticipation', { id: storeId });
    for (let p = 0; p < shape.productsPerStore; p++) {
      const priceCents = 100 + randomInt(0, 2000); // 1.00 … 20.99
      const { id } = await call<{ id: string }>('stores', 'AddProduct', {
        storeId,
        name: `Product ${s + 1}.${p + 1}`,
        description: 'load test product',
        sku: `LOAD-${s + 1}-${p + 1}`,
        price: priceCents / 100,
      });
      products.push({ id, storeId, priceCents });
    }
  }
  const enabledCustomers: string[] = [];
  const disabledCustomers: string[] = [];
  for (let c = 0; c < shape.customers; c++) {
    const { id } = await call<{ id: string }>('customers', 'RegisterCustomer', {
      name: `Load Customer ${c + 1}`,
      smsNumber: `+1555${String(c).padStart(7, '0')}`,
    });
    if (c < shape.disabledCustomers) {
      await call('customers', 'DisableCustomer', { id });
      disabledCustomers.push(id);
    } else enabledCustomers.push(id);
  }
  if (enabledCustomers.length === 0) throw new Error('the mall needs at least one enabled customer');
  return { products, enabledCustomers, disabledCustomers };
}

export interface Mix {
  /** Share of orders by a disabled customer (0..1). */
  disabled: number;
  /** Share of orders whose payment is authorized for the wrong amount (0..1). */
  wrongAmount: number;
  /** Lines per order: 1..maxItems. */
  maxItems: number;
}

export const DEFAULT_MIX: Mix = { disabled: 0.1, wrongAmount: 0.1, maxItems: 3 };

export interface OrderPlan {
  customerId: string;
  reason: Reason;
  lines: { product: Product; quantity: number }[];
}

/** Draws the next order: who buys what, and which outcome it must have. `rand` is injectable for tests. */
export function planOrder(mall: Mall, mix: Mix, rand: () => number = Math.random): OrderPlan {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const r = rand();
  let reason: Reason = 'ok';
  if (r < mix.disabled && mall.disabledCustomers.length > 0) reason = 'disabled_customer';
  else if (r < mix.disabled + mix.wrongAmount) reason = 'wrong_amount';
  const customerId = reason === 'disabled_customer' ? pick(mall.disabledCustomers) : pick(mall.enabledCustomers);
  const n = 1 + Math.floor(rand() * Math.max(1, Math.min(mix.maxItems, mall.products.length)));
  const chosen = new Set<Product>();
  while (chosen.size < n) chosen.add(pick(mall.products));
  return { customerId, reason, lines: [...chosen].map((product) => ({ product, quantity: 1 + Math.floor(rand() * 3) })) };
}

export type Placed = { placed: true; record: OrderRecord } | { placed: false; step: string; error: string };

export interface PlaceOptions {
  /** How long each call may keep retrying while the service is unreachable. */
  retryBudgetMs?: number;
  phase?: string;
  /** Called right before CheckoutBasket (latency measurements start here). */
  onCheckout?: (orderId: string, at: number) => void;
}

const message = (err: unknown): string => {
  const e = err as { code?: number; details?: string; message?: string };
  return e.code !== undefined ? `${Code[e.code] ?? e.code}: ${e.details ?? e.message}` : String(e.message ?? err);
};

/** Runs one purchase through the kiosk APIs. */
export async function placeOrder(rpc: Rpc, plan: OrderPlan, opts: PlaceOptions = {}): Promise<Placed> {
  const budget = opts.retryBudgetMs ?? 10_000;
  let step = 'StartBasket';
  try {
    const { id: basketId } = await withRetry(
      () => rpc.call<{ id: string }>('baskets', 'StartBasket', { customerId: plan.customerId }),
      budget,
    );
    step = 'AddItem';
    let ambiguous = false;
    for (const l of plan.lines) {
      await withRetry(
        () => rpc.call('baskets', 'AddItem', { id: basketId, productId: l.product.id, quantity: l.quantity }),
        budget,
        () => (ambiguous = true),
      );
    }
    let totalCents = plan.lines.reduce((s, l) => s + l.product.priceCents * l.quantity, 0);
    if (ambiguous) {
      // a retried AddItem may have been applied twice: take the basket's own view of the lines
      step = 'GetBasket';
      const { basket } = await withRetry(
        () =>
          rpc.call<{ basket: { items: { productPrice: number; quantity: number }[] } }>('baskets', 'GetBasket', { id: basketId }),
        budget,
      );
      totalCents = basket.items.reduce((s, i) => s + Math.round(i.productPrice * 100) * i.quantity, 0);
    }
    // wrong amount: one unit more than the total, so the authorization itself is valid and only the saga can tell
    const amountCents = plan.reason === 'wrong_amount' ? totalCents + 100 : totalCents;
    step = 'AuthorizePayment';
    const { id: paymentId } = await withRetry(
      () => rpc.call<{ id: string }>('payments', 'AuthorizePayment', { customerId: plan.customerId, amount: amountCents / 100 }),
      budget,
    );

    step = 'CheckoutBasket';
    const startedAt = Date.now();
    opts.onCheckout?.(basketId, startedAt);
    let ack: OrderRecord['ack'] = 'ok';
    let error: string | undefined;
    let attempts = 0;
    try {
      await withRetry(() => {
        attempts += 1;
        return rpc.call('baskets', 'CheckoutBasket', { id: basketId, paymentId });
      }, budget);
    } catch (err) {
      // after a lost answer, a retry finds the basket already checked out: that is a success we cannot prove here
      if (isTransient(err) || (attempts > 1 && codeOf(err) === Code.FAILED_PRECONDITION)) {
        ack = 'unknown';
        error = message(err);
      } else throw err;
    }
    const record: OrderRecord = {
      order_id: basketId,
      customer_id: plan.customerId,
      payment_id: paymentId,
      expected: plan.reason === 'ok' ? 'approved' : 'rejected',
      reason: plan.reason,
      total: totalCents / 100,
      amount: amountCents / 100,
      started_at: startedAt,
      acked_at: Date.now(),
      ack,
      ...(opts.phase ? { phase: opts.phase } : {}),
      ...(error ? { error } : {}),
    };
    return { placed: true, record };
  } catch (err) {
    return { placed: false, step, error: message(err) };
  }
}
