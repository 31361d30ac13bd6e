/**
 * The checker's judgement of one recorded order, from what the services say about it (pure: no I/O, so it is
 * unit-tested with made-up observations).
 *
 * Verdicts:
 *   approved    the order is approved (or later: ready, completed), its saga completed, exactly one live shopping
 *               list (available/assigned/active/completed) that the order names, the payment confirmed for the
 *               order total;
 *   rejected    the order is rejected, its saga compensated, no live shopping list, the payment not confirmed;
 *   lost        no decision within the bound: the order never appeared, is still pending, its saga is still running
 *               or compensating, parked as failed, or finished only after the bound;
 *   doubled     an effect applied twice or left standing against the decision: two shopping lists, two sagas, a
 *               saga step that succeeded twice, an order decided twice, a rejected order with a live list or a
 *               confirmed payment, a payment confirmed for the wrong amount or for another order (one payment
 *               paying twice), an approved order without its list or
 *               payment, a saga whose end contradicts the order;
 *   not_placed  the checkout's answer was lost and the basket shows it never happened (no order is owed);
 *   unobserved  a service could not be asked (the check cannot pass).
 * `unexpected` is set when a decided order's outcome is not the recorded expectation (disabled customer or wrong
 * amount -> rejected, else approved).
 */
import type { OrderRecord, Outcome } from './record.ts';

export interface ObservedOrder {
  status: string;
  shoppingId: string;
  paymentId: string;
  total: number;
}
export interface ObservedList {
  id: string;
  status: string;
}
export interface ObservedPayment {
  /** Confirmed and not refunded (payments' `confirmed`): the money is taken. */
  confirmed: boolean;
  amount: number;
  /** The order it was confirmed or canceled for; '' or absent when none is recorded. */
  orderId?: string;
}
export interface ObservedStep {
  step: number;
  direction: string;
  command: string;
  outcome: string;
}
export interface ObservedSaga {
  id: string;
  status: string;
  /** When the saga last changed (ms since the epoch): for a finished saga, when it finished. */
  updatedAt?: number;
  history: ObservedStep[];
}

/** What only the databases can tell (read-only SQL; see db.ts). */
export interface DbFacts {
  /** Ids of every saga whose data names this order. */
  sagaIds: string[];
  /** OrderApproved / OrderRejected events in the order's event stream, oldest first. */
  orderDecisions: string[];
  /** Every shopping list row of the order, whatever its status. */
  listIds: string[];
  /** Successful replies per `step:direction` of the order's saga(s), from the step history table. */
  stepSuccesses: Record<string, number>;
}

export interface Observation {
  /** null: ordering answered NOT_FOUND. */
  order: ObservedOrder | null;
  /** Asked only when the order is missing and the checkout's answer was lost. */
  basketStatus?: string;
  lists: ObservedList[];
  payment: ObservedPayment | null;
  /** null: cosec answered NOT_FOUND for the saga id derived from the order id. */
  saga: ObservedSaga | null;
  db?: DbFacts;
  /** Calls that failed for another reason than NOT_FOUND. */
  errors: string[];
}

export type Verdict = 'approved' | 'rejected' | 'lost' | 'doubled' | 'not_placed' | 'unobserved';

export interface Judgement {
  record: OrderRecord;
  verdict: Verdict;
  /** Why lost, doubled or unobserved; anomalies found on the way. */
  reasons: string[];
  unexpected: boolean;
  /** Checkout to saga end, when the saga finished. */
  latencyMs?: number;
}

export const ORDER = {
  pending: 'ORDER_STATUS_PENDING',
  rejected: 'ORDER_STATUS_REJECTED',
  approved: 'ORDER_STATUS_APPROVED',
  ready: 'ORDER_STATUS_READY',
  completed: 'ORDER_STATUS_COMPLETED',
  cancelled: 'ORDER_STATUS_CANCELLED',
} as const;
export const SAGA = {
  running: 'SAGA_STATUS_RUNNING',
  compensating: 'SAGA_STATUS_COMPENSATING',
  completed: 'SAGA_STATUS_COMPLETED',
  compensated: 'SAGA_STATUS_COMPENSATED',
  failed: 'SAGA_STATUS_FAILED',
} as const;
export const LIST = {
  pending: 'SHOPPING_LIST_STATUS_PENDING',
  available: 'SHOPPING_LIST_STATUS_AVAILABLE',
  assigned: 'SHOPPING_LIST_STATUS_ASSIGNED',
  active: 'SHOPPING_LIST_STATUS_ACTIVE',
  completed: 'SHOPPING_LIST_STATUS_COMPLETED',
  canceled: 'SHOPPING_LIST_STATUS_CANCELED',
} as const;
export const BASKET_CHECKED_OUT = 'BASKET_STATUS_CHECKED_OUT';

const APPROVED_ORDER: ReadonlySet<string> = new Set([ORDER.approved, ORDER.ready, ORDER.completed]);
/** A list a bot may still shop, or did: what an approved order needs and a rejected one must not have. */
const LIVE_AFTER_APPROVAL: ReadonlySet<string> = new Set([LIST.available, LIST.assigned, LIST.active, LIST.completed]);

const cents = (x: number): number => Math.round(x * 100);

/** Is the order decided and its saga finished? (The poller's question; `classify` gives the full answer.) */
export function isTerminal(o: Pick<Observation, 'order' | 'saga'>): boolean {
  if (!o.order || !o.saga) return false;
  const decided = APPROVED_ORDER.has(o.order.status) || o.order.status === ORDER.rejected;
  return decided && (o.saga.status === SAGA.completed || o.saga.status === SAGA.compensated || o.saga.status === SAGA.failed);
}

/** Anomalies that no later event can make right. */
function definitiveAnomalies(r: OrderRecord, o: Observation): string[] {
  const out: string[] = [];
  if (o.lists.length > 1) out.push(`${o.lists.length} shopping lists for one order (${o.lists.map((l) => l.status).join(', ')})`);
  else if (o.db && o.db.listIds.length > 1) out.push(`${o.db.listIds.length} shopping list rows for one order`);
  if (o.db && o.db.sagaIds.length > 1) out.push(`${o.db.sagaIds.length} sagas for one order`);
  if (o.db) {
    const approvals = o.db.orderDecisions.filter((d) => d.endsWith('OrderApproved')).length;
    const rejections = o.db.orderDecisions.filter((d) => d.endsWith('OrderRejected')).length;
    if (approvals + rejections > 1) out.push(`order decided ${approvals + rejections} times (${o.db.orderDecisions.join(', ')})`);
  }
  const successes = new Map<string, number>();
  for (const h of o.saga?.history ?? []) {
    if (!/SUCCESS$/.test(h.outcome)) continue;
    const k = `${h.step}:${h.direction.replace('STEP_DIRECTION_', '').toLowerCase()}`;
    successes.set(k, (successes.get(k) ?? 0) + 1);
  }
  for (const [k, n] of Object.entries(o.db?.stepSuccesses ?? {})) successes.set(k, Math.max(n, successes.get(k) ?? 0));
  for (const [k, n] of successes) if (n > 1) out.push(`saga step ${k} succeeded ${n} times`);
  if (o.payment?.confirmed) {
    if (r.reason === 'wrong_amount' || (r.amount > 0 && r.total > 0 && cents(r.amount) !== cents(r.total))) {
      out.push(`payment confirmed although it was authorized for ${r.amount} and the order totals ${r.total}`);
    } else if (o.order && cents(o.payment.amount) !== cents(o.order.total)) {
      out.push(`payment of ${o.payment.amount} confirmed for an order of ${o.order.total}`);
    }
    if (o.payment.orderId && o.payment.orderId !== r.order_id) {
      out.push(`payment confirmed for another order (${o.payment.orderId})`);
    }
  }
  return out;
}

/** Anomalies of a decided order with a finished saga. */
function decisionAnomalies(o: Observation, order: ObservedOrder, saga: ObservedSaga): string[] {
  const out: string[] = [];
  const live = o.lists.filter((l) => l.status !== LIST.canceled);
  if (APPROVED_ORDER.has(order.status)) {
    if (saga.status !== SAGA.completed) out.push(`order approved but its saga is ${saga.status}`);
    const shopped = o.lists.filter((l) => LIVE_AFTER_APPROVAL.has(l.status));
    if (shopped.length === 0) {
      out.push(
        `approved order without an available/assigned/completed shopping list (${o.lists.map((l) => l.status).join(', ') || 'none'})`,
      );
    } else if (!shopped.some((l) => l.id === order.shoppingId)) {
      out.push(
        `approved order names shopping list ${order.shoppingId || '(blank)'}, depot has ${shopped.map((l) => l.id).join(', ')}`,
      );
    }
    if (!o.payment?.confirmed) out.push('approved order whose payment is not confirmed');
  } else {
    if (saga.status !== SAGA.compensated) out.push(`order rejected but its saga is ${saga.status}`);
    if (live.length > 0) out.push(`rejected order with a live shopping list (${live.map((l) => l.status).join(', ')})`);
    if (o.payment?.confirmed) out.push('rejected order whose payment was confirmed');
  }
  return out;
}

export interface ClassifyOptions {
  /** An order must be decided, and its saga finished, within this long after the checkout. */
  boundMs: number;
  /** When the observation was made (ms since the epoch). */
  observedAt: number;
}

export function classify(r: OrderRecord, o: Observation, opts: ClassifyOptions): Judgement {
  const judge = (verdict: Verdict, reasons: string[], extra: Partial<Judgement> = {}): Judgement => ({
    record: r,
    verdict,
    reasons,
    unexpected: false,
    ...extra,
  });
  const doubled = definitiveAnomalies(r, o);
  if (doubled.length > 0) return judge('doubled', doubled);
  if (o.errors.length > 0) return judge('unobserved', o.errors);

  const order = o.order;
  if (!order) {
    if (r.ack !== 'ok' && o.basketStatus !== undefined && o.basketStatus !== BASKET_CHECKED_OUT) {
      const effects = [
        ...(o.saga ? [`a saga (${o.saga.status})`] : []),
        ...(o.lists.length > 0 ? ['a shopping list'] : []),
        ...(o.payment?.confirmed ? ['a confirmed payment'] : []),
      ];
      if (effects.length > 0)
        return judge('doubled', [`checkout never happened (basket ${o.basketStatus}) but there is ${effects.join(', ')}`]);
      return judge('not_placed', [`checkout answer lost; basket is ${o.basketStatus}`]);
    }
    return judge('lost', [
      r.ack === 'ok'
        ? 'checkout acknowledged but ordering has no such order'
        : 'basket checked out but ordering has no such order',
    ]);
  }
  const decided = APPROVED_ORDER.has(order.status) || order.status === ORDER.rejected;
  const saga = o.saga;
  if (!decided) {
    if (order.status === ORDER.cancelled) return judge('doubled', ['order cancelled, but nobody cancelled it']);
    return judge('lost', [`order still ${order.status}; saga ${saga ? saga.status : 'missing'}`]);
  }
  if (!saga) return judge('doubled', [`order ${order.status} without a create-order saga`]);
  if (saga.status === SAGA.failed) return judge('lost', ['saga failed: a compensation is parked for an operator']);
  if (saga.status !== SAGA.completed && saga.status !== SAGA.compensated) {
    return judge('lost', [`order ${order.status} but its saga is still ${saga.status}`]);
  }
  const anomalies = decisionAnomalies(o, order, saga);
  if (anomalies.length > 0) return judge('doubled', anomalies);

  const outcome: Outcome = APPROVED_ORDER.has(order.status) ? 'approved' : 'rejected';
  const latencyMs = saga.updatedAt !== undefined ? Math.max(0, saga.updatedAt - r.started_at) : undefined;
  if (latencyMs !== undefined && latencyMs > opts.boundMs) {
    return judge(
      'lost',
      [`${outcome}, but only ${(latencyMs / 1000).toFixed(1)} s after the checkout (bound ${opts.boundMs / 1000} s)`],
      {
        latencyMs,
      },
    );
  }
  return judge(outcome, [], {
    unexpected: outcome !== r.expected,
    ...(latencyMs !== undefined ? { latencyMs } : {}),
  });
}

export interface Summary {
  orders: number;
  approved: number;
  rejected: number;
  lost: number;
  doubled: number;
  not_placed: number;
  unobserved: number;
  unexpected: number;
  /** Checkout to saga end, over decided orders. */
  latency_ms?: { p50: number; p99: number; max: number };
  pass: boolean;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(js: readonly Judgement[]): Summary {
  const count = (v: Verdict) => js.filter((j) => j.verdict === v).length;
  const lat = js
    .flatMap((j) => (j.latencyMs !== undefined && (j.verdict === 'approved' || j.verdict === 'rejected') ? [j.latencyMs] : []))
    .sort((a, b) => a - b);
  const s: Summary = {
    orders: js.length,
    approved: count('approved'),
    rejected: count('rejected'),
    lost: count('lost'),
    doubled: count('doubled'),
    not_placed: count('not_placed'),
    unobserved: count('unobserved'),
    unexpected: js.filter((j) => j.unexpected).length,
    pass: false,
  };
  if (lat.length > 0)
    s.latency_ms = {
      p50: Math.round(percentile(lat, 50)),
      p99: Math.round(percentile(lat, 99)),
      max: Math.round(lat[lat.length - 1]!),
    };
  s.pass = s.lost === 0 && s.doubled === 0 && s.unobserved === 0 && s.unexpected === 0;
  return s;
}

/** Summaries per phase (record.phase; unlabelled orders under "-"), in first-seen order. */
export function summarizeByPhase(js: readonly Judgement[]): Map<string, Summary> {
  const groups = new Map<string, Judgement[]>();
  for (const j of js) {
    const k = j.record.phase ?? '-';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(j);
  }
  return new Map([...groups].map(([k, g]) => [k, summarize(g)]));
}

/**
 * Whether the database given is this system's: it must hold a saga for at least one of the orders cosec's API
 * knows. If it holds none, its checks would find nothing wrong because they looked in the wrong place.
 */
export function databaseVerdict(observations: readonly Observation[]): string {
  const known = observations.filter((o) => o.saga !== null).length;
  if (known === 0 || observations.some((o) => (o.db?.sagaIds.length ?? 0) > 0)) return 'used';
  return `failed: none of the ${known} order(s) with a saga in cosec's API has one in this database (not this system's database?)`;
}

/**
 * What the report says about the database checks, and whether that lets the check pass. `verdict`: undefined
 * without a database, else 'used' or 'failed: …'. A database that was asked for and did not serve fails the check
 * (passing on the APIs alone would claim evidence that was not looked at); one only assumed (`make up`'s default)
 * is skipped, with the reason.
 */
export function databaseOutcome(verdict: string | undefined, assumed: boolean): { db: string; passes: boolean } {
  if (verdict === undefined) return { db: 'skipped', passes: true };
  if (verdict === 'used') return { db: verdict, passes: true };
  if (assumed) return { db: verdict.replace(/^failed: /, 'skipped, the assumed database did not serve: '), passes: true };
  return { db: verdict, passes: false };
}
