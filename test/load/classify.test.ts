/**
 * The checker's judgement on made-up observations: it must see a lost and a doubled order (of every kind it knows)
 * and must not cry wolf over correct ones.
 */
import { describe, it, expect } from '@jest/globals';
import {
  classify,
  databaseOutcome,
  databaseVerdict,
  summarize,
  summarizeByPhase,
  LIST,
  ORDER,
  SAGA,
  type Observation,
  type Judgement,
} from './classify.ts';
import type { OrderRecord } from './record.ts';

const T0 = 1_700_000_000_000;
const BOUND = 60_000;
const ids = {
  order: '11111111-1111-4111-8111-111111111111',
  customer: '22222222-2222-4222-8222-222222222222',
  payment: '33333333-3333-4333-8333-333333333333',
  list: '44444444-4444-4444-8444-444444444444',
  list2: '55555555-5555-4555-8555-555555555555',
  saga: '66666666-6666-4666-8666-666666666666',
};

function rec(over: Partial<OrderRecord> = {}): OrderRecord {
  return {
    order_id: ids.order,
    customer_id: ids.customer,
    payment_id: ids.payment,
    expected: 'approved',
    reason: 'ok',
    total: 21,
    amount: 21,
    started_at: T0,
    acked_at: T0 + 5,
    ack: 'ok',
    ...over,
  };
}

const step = (step: number, direction: 'ACTION' | 'COMPENSATION', outcome = 'SUCCESS') => ({
  step,
  direction: `STEP_DIRECTION_${direction}`,
  command: `cmd${step}`,
  outcome: `STEP_OUTCOME_${outcome}`,
});

/** What a correctly approved order looks like. */
function approved(): Observation {
  return {
    order: { status: ORDER.approved, shoppingId: ids.list, paymentId: ids.payment, total: 21 },
    saga: {
      id: ids.saga,
      status: SAGA.completed,
      updatedAt: T0 + 40,
      history: [step(1, 'ACTION'), step(2, 'ACTION'), step(3, 'ACTION'), step(4, 'ACTION'), step(5, 'ACTION')],
    },
    lists: [{ id: ids.list, status: LIST.available }],
    payment: { confirmed: true, amount: 21 },
    db: {
      sagaIds: [ids.saga],
      orderDecisions: ['ordering.OrderApproved'],
      listIds: [ids.list],
      stepSuccesses: { '1:action': 1, '5:action': 1 },
    },
    errors: [],
  };
}

/** A wrong-amount order, correctly rejected: list cancelled, payment untouched. */
function rejectedAfterPayment(): Observation {
  return {
    order: { status: ORDER.rejected, shoppingId: '', paymentId: ids.payment, total: 21 },
    saga: {
      id: ids.saga,
      status: SAGA.compensated,
      updatedAt: T0 + 50,
      history: [
        step(1, 'ACTION'),
        step(2, 'ACTION'),
        step(3, 'ACTION', 'FAILURE'),
        step(2, 'COMPENSATION'),
        step(0, 'COMPENSATION'),
      ],
    },
    lists: [{ id: ids.list, status: LIST.canceled }],
    payment: { confirmed: false, amount: 22 },
    db: { sagaIds: [ids.saga], orderDecisions: ['ordering.OrderRejected'], listIds: [ids.list], stepSuccesses: {} },
    errors: [],
  };
}

const opts = { boundMs: BOUND, observedAt: T0 + 70_000 };
const judge = (r: OrderRecord, o: Observation) => classify(r, o, opts);

describe('checker: correct orders', () => {
  it('an approved order with its live list and confirmed payment is approved', () => {
    const j = judge(rec(), approved());
    expect(j).toMatchObject({ verdict: 'approved', unexpected: false, latencyMs: 40, reasons: [] });
  });

  it('an order the bots already shopped is still approved', () => {
    const o = approved();
    o.order!.status = ORDER.completed;
    o.lists[0]!.status = LIST.completed;
    expect(judge(rec(), o).verdict).toBe('approved');
  });

  it('a wrong-amount order rejected with its list cancelled is rejected, as expected', () => {
    const j = judge(rec({ expected: 'rejected', reason: 'wrong_amount', amount: 22 }), rejectedAfterPayment());
    expect(j).toMatchObject({ verdict: 'rejected', unexpected: false });
  });

  it('a disabled customer rejected before any list exists is rejected', () => {
    const o = rejectedAfterPayment();
    o.lists = [];
    o.payment = { confirmed: false, amount: 21 };
    o.saga!.history = [step(1, 'ACTION', 'FAILURE'), step(0, 'COMPENSATION')];
    expect(judge(rec({ expected: 'rejected', reason: 'disabled_customer' }), o).verdict).toBe('rejected');
  });

  it('a checkout whose answer was lost and that never happened owes no order', () => {
    const o: Observation = {
      order: null,
      saga: null,
      lists: [],
      payment: { confirmed: false, amount: 21 },
      basketStatus: 'BASKET_STATUS_OPEN',
      errors: [],
    };
    expect(judge(rec({ ack: 'unknown' }), o).verdict).toBe('not_placed');
  });
});

describe('checker: lost orders', () => {
  it('an acknowledged checkout without an order is lost', () => {
    const o: Observation = { order: null, saga: null, lists: [], payment: { confirmed: false, amount: 21 }, errors: [] };
    const j = judge(rec(), o);
    expect(j.verdict).toBe('lost');
    expect(j.reasons[0]).toMatch(/no such order/);
  });

  it('a lost checkout answer is no excuse when the basket was checked out', () => {
    const o: Observation = {
      order: null,
      saga: null,
      lists: [],
      payment: null,
      basketStatus: 'BASKET_STATUS_CHECKED_OUT',
      errors: [],
    };
    expect(judge(rec({ ack: 'unknown' }), o).verdict).toBe('lost');
  });

  it('an order still pending after the bound is lost', () => {
    const o = approved();
    o.order!.status = ORDER.pending;
    o.saga!.status = SAGA.running;
    o.saga!.updatedAt = undefined;
    const j = judge(rec(), o);
    expect(j.verdict).toBe('lost');
    expect(j.reasons[0]).toMatch(/still ORDER_STATUS_PENDING; saga SAGA_STATUS_RUNNING/);
  });

  it('an approved order whose saga never finished is lost', () => {
    const o = approved();
    o.saga!.status = SAGA.running;
    expect(judge(rec(), o).verdict).toBe('lost');
  });

  it('a saga parked as failed is lost', () => {
    const o = rejectedAfterPayment();
    o.saga!.status = SAGA.failed;
    expect(judge(rec({ expected: 'rejected', reason: 'wrong_amount', amount: 22 }), o).verdict).toBe('lost');
  });

  it('a decision later than the bound is lost', () => {
    const o = approved();
    o.saga!.updatedAt = T0 + BOUND + 1;
    expect(judge(rec(), o).verdict).toBe('lost');
  });
});

describe('checker: doubly applied orders', () => {
  it('two shopping lists for one order', () => {
    const o = approved();
    o.lists.push({ id: ids.list2, status: LIST.pending });
    const j = judge(rec(), o);
    expect(j.verdict).toBe('doubled');
    expect(j.reasons[0]).toMatch(/2 shopping lists/);
  });

  it('two list rows in depot even if the API showed one', () => {
    const o = approved();
    o.db!.listIds.push(ids.list2);
    expect(judge(rec(), o).verdict).toBe('doubled');
  });

  it('a rejected order with a live shopping list', () => {
    const o = rejectedAfterPayment();
    o.lists[0]!.status = LIST.pending;
    const j = judge(rec({ expected: 'rejected', reason: 'wrong_amount', amount: 22 }), o);
    expect(j.verdict).toBe('doubled');
    expect(j.reasons).toContain('rejected order with a live shopping list (SHOPPING_LIST_STATUS_PENDING)');
  });

  it('a payment confirmed for an order rejected after the wrong amount', () => {
    const o = rejectedAfterPayment();
    o.payment = { confirmed: true, amount: 22 };
    const j = judge(rec({ expected: 'rejected', reason: 'wrong_amount', amount: 22 }), o);
    expect(j.verdict).toBe('doubled');
    expect(j.reasons[0]).toMatch(/payment confirmed although it was authorized for 22/);
  });

  it('a rejected order whose (right) payment was confirmed anyway', () => {
    const o = rejectedAfterPayment();
    o.payment = { confirmed: true, amount: 21 };
    expect(judge(rec({ expected: 'rejected', reason: 'disabled_customer' }), o).reasons).toContain(
      'rejected order whose payment was confirmed',
    );
  });

  it('an approved order without an available/assigned/completed list', () => {
    const o = approved();
    o.lists[0]!.status = LIST.canceled;
    expect(judge(rec(), o).verdict).toBe('doubled');
    o.lists = [];
    expect(judge(rec(), o).verdict).toBe('doubled');
    o.lists = [{ id: ids.list, status: LIST.pending }];
    expect(judge(rec(), o).reasons[0]).toMatch(/without an available/);
  });

  it('an approved order that names another list than depot has', () => {
    const o = approved();
    o.order!.shoppingId = ids.list2;
    expect(judge(rec(), o).verdict).toBe('doubled');
  });

  it('an approved order whose payment is confirmed for another order (one payment paying twice)', () => {
    const o = approved();
    o.payment = { confirmed: true, amount: 21, orderId: ids.payment };
    const j = judge(rec(), o);
    expect(j.verdict).toBe('doubled');
    expect(j.reasons).toEqual([`payment confirmed for another order (${ids.payment})`]);
    o.payment = { confirmed: true, amount: 21, orderId: rec().order_id };
    expect(judge(rec(), o).verdict).toBe('approved');
  });

  it('a rejected order whose payment was refunded (confirmed, then released by the compensation)', () => {
    const o = rejectedAfterPayment();
    o.payment = { confirmed: false, amount: 21, orderId: rec().order_id };
    expect(judge(rec({ expected: 'rejected', reason: 'disabled_customer' }), o).verdict).toBe('rejected');
  });

  it('an approved order whose payment was never confirmed', () => {
    const o = approved();
    o.payment = { confirmed: false, amount: 21 };
    expect(judge(rec(), o).reasons).toEqual(['approved order whose payment is not confirmed']);
  });

  it('a saga that completed although the order was rejected, and the reverse', () => {
    const o = rejectedAfterPayment();
    o.saga!.status = SAGA.completed;
    expect(judge(rec({ expected: 'rejected', reason: 'wrong_amount', amount: 22 }), o).verdict).toBe('doubled');
    const a = approved();
    a.saga!.status = SAGA.compensated;
    expect(judge(rec(), a).verdict).toBe('doubled');
  });

  it('a saga step applied twice (history) or a second saga for the order (database)', () => {
    const o = approved();
    o.saga!.history.push(step(5, 'ACTION'));
    expect(judge(rec(), o).reasons).toEqual(['saga step 5:action succeeded 2 times']);
    const p = approved();
    p.db!.sagaIds.push(ids.list2);
    expect(judge(rec(), p).reasons).toEqual(['2 sagas for one order']);
    const q = approved();
    q.db!.stepSuccesses['3:action'] = 2;
    expect(judge(rec(), q).verdict).toBe('doubled');
  });

  it('an order decided twice in its event stream', () => {
    const o = approved();
    o.db!.orderDecisions = ['ordering.OrderApproved', 'ordering.OrderRejected'];
    expect(judge(rec(), o).reasons[0]).toMatch(/order decided 2 times/);
  });

  it('effects of a checkout that never happened', () => {
    const o: Observation = {
      order: null,
      saga: null,
      lists: [{ id: ids.list, status: LIST.pending }],
      payment: null,
      basketStatus: 'BASKET_STATUS_OPEN',
      errors: [],
    };
    expect(judge(rec({ ack: 'unknown' }), o).verdict).toBe('doubled');
  });

  it('doubles are reported even while the order is still undecided', () => {
    const o = approved();
    o.order!.status = ORDER.pending;
    o.lists.push({ id: ids.list2, status: LIST.pending });
    expect(judge(rec(), o).verdict).toBe('doubled');
  });
});

describe('checker: summary', () => {
  const ok = judge(rec(), approved());
  const lost = judge(rec({ phase: 'kill:cosec' }), { order: null, saga: null, lists: [], payment: null, errors: [] });
  const twoLists = (() => {
    const o = approved();
    o.lists.push({ id: ids.list2, status: LIST.available });
    return judge(rec({ phase: 'kill:cosec' }), o);
  })();

  it('passes only with nothing lost, nothing doubled, every outcome as expected', () => {
    expect(summarize([ok, ok])).toMatchObject({
      orders: 2,
      approved: 2,
      lost: 0,
      doubled: 0,
      pass: true,
      latency_ms: { p50: 40, p99: 40, max: 40 },
    });
    expect(summarize([ok, lost])).toMatchObject({ lost: 1, pass: false });
    expect(summarize([ok, twoLists])).toMatchObject({ doubled: 1, pass: false });
  });

  it('fails on an unexpected outcome and on an order it could not observe', () => {
    const disabledButApproved = judge(rec({ expected: 'rejected', reason: 'disabled_customer' }), approved());
    expect(disabledButApproved).toMatchObject({ verdict: 'approved', unexpected: true });
    expect(summarize([disabledButApproved]).pass).toBe(false);
    const o = approved();
    o.errors = ['cosec GetSaga: connection refused'];
    const j: Judgement = judge(rec(), o);
    expect(j.verdict).toBe('unobserved');
    expect(summarize([j]).pass).toBe(false);
  });

  it('groups by phase', () => {
    const byPhase = summarizeByPhase([ok, lost, twoLists]);
    expect([...byPhase.keys()]).toEqual(['-', 'kill:cosec']);
    expect(byPhase.get('kill:cosec')).toMatchObject({ orders: 2, lost: 1, doubled: 1, pass: false });
    expect(byPhase.get('-')).toMatchObject({ orders: 1, pass: true });
  });
});

describe('checker: the database it was given', () => {
  const emptyFacts = { sagaIds: [], orderDecisions: [], listIds: [], stepSuccesses: {} };

  it('is used when it holds the saga of an order the API knows', () => {
    const other = approved();
    other.db = emptyFacts; // one order without facts is not the wrong database
    expect(databaseVerdict([approved(), other])).toBe('used');
  });

  it('fails when it holds none of the sagas the API knows: its checks would look in the wrong place', () => {
    const a = approved();
    const b = rejectedAfterPayment();
    a.db = emptyFacts;
    b.db = emptyFacts;
    expect(databaseVerdict([a, b])).toMatch(/^failed: none of the 2 order\(s\) with a saga in cosec's API/);
  });

  it('has nothing to compare when the API knows no saga', () => {
    const o = approved();
    o.saga = null;
    o.db = emptyFacts;
    expect(databaseVerdict([o])).toBe('used');
  });
});

describe('checker: what the database checks do to the verdict', () => {
  const none = "failed: none of the 3 order(s) with a saga in cosec's API has one in this database";

  it('without a database, or with one that served, the orders decide', () => {
    expect(databaseOutcome(undefined, false)).toEqual({ db: 'skipped', passes: true });
    expect(databaseOutcome('used', false)).toEqual({ db: 'used', passes: true });
  });

  it('a database that was asked for and did not serve fails the check', () => {
    expect(databaseOutcome(none, false)).toEqual({ db: none, passes: false });
    expect(databaseOutcome('failed: connect ECONNREFUSED 127.0.0.1:5999', false).passes).toBe(false);
  });

  it("make up's database, only assumed, is skipped with the reason when it did not serve", () => {
    expect(databaseOutcome(none, true)).toEqual({
      db: "skipped, the assumed database did not serve: none of the 3 order(s) with a saga in cosec's API has one in this database",
      passes: true,
    });
  });
});
