/**
 * End to end, every service a process, driven over gRPC only (reflection clients, like grpcurl):
 * a checkout runs the create-order saga to an approved order with an available shopping list, the bots shop,
 * the order is readied, invoiced, paid and completed — and search and notifications saw each step.
 * Then the saga's failure paths, each ending with every partial effect undone.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Cluster, waitFor } from '../support/cluster.ts';
import { Mall, type Json } from '../support/mall.ts';
import { sagaIdOf } from '../load/observe.ts';

describe('checkout, end to end', () => {
  let cluster: Cluster;
  let mall: Mall;

  beforeAll(async () => {
    cluster = await Cluster.start({ label: 'checkout', env: { SAGA_STEP_TIMEOUT_MS: '4000', SAGA_SCAN_INTERVAL_MS: '250' } });
    mall = new Mall(cluster);
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  it('approves an order, fulfils it and completes it; search and notifications follow', async () => {
    const { storeId, productId } = await mall.createStoreWithProduct(10.5);
    const customerId = await mall.registerCustomer('Ada');
    const { orderId, paymentId } = await mall.checkout(customerId, productId, 2, 21);

    const approved = await mall.waitForOrder(orderId, ['ORDER_STATUS_APPROVED', 'ORDER_STATUS_REJECTED']);
    expect(approved.status).toBe('ORDER_STATUS_APPROVED');
    expect(approved.customer_id).toBe(customerId);
    expect(approved.payment_id).toBe(paymentId);
    expect(approved.total).toBe(21);
    const shoppingId = approved.shopping_id as string;
    expect(shoppingId).toMatch(/^[0-9a-f-]{36}$/);

    const list = (await mall.call('depot', 'GetShoppingList', { id: shoppingId })).shopping_list as Record<string, unknown>;
    expect(list.status).toBe('SHOPPING_LIST_STATUS_AVAILABLE');
    expect(list.order_id).toBe(orderId);
    expect(Object.keys(list.stops as object)).toEqual([storeId]);
    expect((await mall.call('payments', 'GetPayment', { id: paymentId })).payment).toMatchObject({ confirmed: true, amount: 21 });

    // the bots shop
    await mall.call('depot', 'AssignShoppingList', { id: shoppingId, bot_id: '7d0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f' });
    await mall.call('depot', 'CompleteShoppingList', { id: shoppingId });
    await mall.waitForOrder(orderId, ['ORDER_STATUS_READY']);

    // payments invoiced the order (invoice id = order id); pay it, then complete the order
    const invoice = await waitFor('invoice', async () => {
      try {
        return (await mall.call('payments', 'GetInvoice', { id: orderId })).invoice as Record<string, unknown>;
      } catch {
        return undefined;
      }
    });
    expect(invoice).toMatchObject({ order_id: orderId, amount: 21, status: 'INVOICE_STATUS_PENDING' });
    await mall.call('payments', 'PayInvoice', { id: orderId });
    await mall.call('ordering', 'CompleteOrder', { id: orderId, invoice_id: orderId });
    const completed = await mall.waitForOrder(orderId, ['ORDER_STATUS_COMPLETED']);
    expect(completed.invoice_id).toBe(orderId);

    // search saw every step and enriched the names
    const found = await waitFor('search to show the completed order', async () => {
      const o = (await mall.call('search', 'GetOrder', { id: orderId })).order as Record<string, unknown>;
      return o.status === 'ORDER_STATUS_COMPLETED' ? o : undefined;
    });
    expect(found).toMatchObject({ order_id: orderId, customer_id: customerId, customer_name: 'Ada', total: 21 });
    expect((found.items as Record<string, unknown>[])[0]).toMatchObject({
      product_id: productId,
      store_id: storeId,
      product_name: 'Apples',
      store_name: 'Corner Shop',
      quantity: 2,
    });
    const page = await mall.call('search', 'SearchOrders', { filters: { customer_id: customerId }, limit: 10 });
    expect((page.orders as unknown[]).length).toBe(1);

    // notifications: created, approved and ready, each once
    const kinds = await waitFor('notifications', async () => {
      const r = await mall.call('notifications', 'ListNotifications', { order_id: orderId, limit: 10 });
      const k = ((r.notifications as Record<string, unknown>[]) ?? []).map((n) => n.kind as string).sort();
      return k.length >= 3 ? k : undefined;
    });
    expect(kinds).toEqual([
      'NOTIFICATION_KIND_ORDER_APPROVED',
      'NOTIFICATION_KIND_ORDER_CREATED',
      'NOTIFICATION_KIND_ORDER_READY',
    ]);

    // the saga's history, as the admin API shows it
    const sagas = await mall.call('cosec', 'ListSagas', { status: 'SAGA_STATUS_COMPLETED', limit: 10 });
    expect((sagas.sagas as unknown[]).length).toBeGreaterThanOrEqual(1);
  });

  it('rejects the order of a disabled customer and creates no shopping list', async () => {
    const { productId } = await mall.createStoreWithProduct(5);
    const customerId = await mall.registerCustomer('Disabled');
    await mall.call('customers', 'DisableCustomer', { id: customerId });
    const { orderId } = await mall.checkout(customerId, productId, 1, 5);
    const order = await mall.waitForOrder(orderId, ['ORDER_STATUS_REJECTED', 'ORDER_STATUS_APPROVED']);
    expect(order.status).toBe('ORDER_STATUS_REJECTED');
    await new Promise((r) => setTimeout(r, 500));
    expect(await mall.shoppingListsOf(orderId)).toEqual([]);
  });

  it('cancels the shopping list and rejects the order when the payment amount does not match', async () => {
    const { productId } = await mall.createStoreWithProduct(7);
    const customerId = await mall.registerCustomer('Short');
    const { orderId, paymentId } = await mall.checkout(customerId, productId, 3, 20); // total is 21
    const order = await mall.waitForOrder(orderId, ['ORDER_STATUS_REJECTED', 'ORDER_STATUS_APPROVED']);
    expect(order.status).toBe('ORDER_STATUS_REJECTED');
    const lists = await waitFor('the shopping list to be canceled', async () => {
      const l = await mall.shoppingListsOf(orderId);
      return l.length === 1 && l[0]!.status === 'SHOPPING_LIST_STATUS_CANCELED' ? l : undefined;
    });
    expect(lists).toHaveLength(1);
    expect((await mall.call('payments', 'GetPayment', { id: paymentId })).payment).toMatchObject({ confirmed: false });
  });

  it('times out a step whose participant is down; when it is back, its late confirmation is refunded and the order rejected', async () => {
    const { productId } = await mall.createStoreWithProduct(4);
    const customerId = await mall.registerCustomer('Patient');
    const { id: orderId } = (await mall.call('baskets', 'StartBasket', { customer_id: customerId })) as { id: string };
    await mall.call('baskets', 'AddItem', { id: orderId, product_id: productId, quantity: 1 });
    const { id: paymentId } = (await mall.call('payments', 'AuthorizePayment', { customer_id: customerId, amount: 4 })) as {
      id: string;
    };
    const sagaId = sagaIdOf(orderId);
    await cluster.stopService('payments');
    try {
      await mall.call('baskets', 'CheckoutBasket', { id: orderId, payment_id: paymentId });
      // ConfirmPayment times out; its effect is unknown, so the saga compensates starting with CancelPayment, which
      // waits for payments like the command did. The order is not rejected while its money may still be taken.
      const saga = await waitFor(
        'step 3 to time out and CancelPayment to be outstanding',
        async () => {
          const s = (await mall.call('cosec', 'GetSaga', { id: sagaId })).saga as Json | undefined;
          const history = (s?.history as Json[] | undefined) ?? [];
          const timedOut = history.some((e) => e.step === 3 && e.outcome === 'STEP_OUTCOME_TIMED_OUT');
          return timedOut && s!.step === 3 && ['SAGA_STATUS_COMPENSATING', 'SAGA_STATUS_FAILED'].includes(s!.status as string)
            ? s
            : undefined;
        },
        20_000,
      );
      expect(saga).toBeDefined();
      expect((await mall.order(orderId))!.status).toBe('ORDER_STATUS_PENDING');
    } finally {
      await cluster.startService('payments');
    }
    // payments comes back and handles the ConfirmPayment it missed (the saga has moved on and ignores the late
    // reply), then CancelPayment: the payment is refunded, the list cancelled and the order rejected.
    const order = await mall.waitForOrder(orderId, ['ORDER_STATUS_REJECTED', 'ORDER_STATUS_APPROVED'], 40_000);
    expect(order.status).toBe('ORDER_STATUS_REJECTED');
    await waitFor('the saga to be compensated', async () => {
      const s = (await mall.call('cosec', 'GetSaga', { id: sagaId })).saga as Json;
      return s.status === 'SAGA_STATUS_COMPENSATED' ? s : undefined;
    });
    const lists = await mall.shoppingListsOf(orderId);
    expect(lists.map((l) => l.status)).toEqual(['SHOPPING_LIST_STATUS_CANCELED']);
    expect((await mall.call('payments', 'GetPayment', { id: paymentId })).payment).toMatchObject({
      confirmed: false,
      status: 'PAYMENT_STATUS_REFUNDED',
      order_id: orderId,
    });
  }, 90_000);

  it('finishes every saga exactly once when cosec is SIGKILLed in the middle of many', async () => {
    const { productId } = await mall.createStoreWithProduct(1);
    const customers = await Promise.all(Array.from({ length: 4 }, (_, i) => mall.registerCustomer(`Busy ${i}`)));
    const checkouts = customers.flatMap((c) => Array.from({ length: 5 }, () => c));
    const started: Promise<{ orderId: string }>[] = [];
    for (const [i, c] of checkouts.entries()) {
      started.push(mall.checkout(c, productId, 1, 1));
      if (i === 8) await cluster.kill('cosec'); // mid-stream: some sagas are running, others not yet started
    }
    const orders = await Promise.all(started);
    await new Promise((r) => setTimeout(r, 500));
    await cluster.startService('cosec');
    for (const { orderId } of orders) {
      const o = await mall.waitForOrder(orderId, ['ORDER_STATUS_APPROVED', 'ORDER_STATUS_REJECTED'], 60_000);
      expect(o.status).toBe('ORDER_STATUS_APPROVED');
      const lists = await mall.shoppingListsOf(orderId);
      expect(lists).toHaveLength(1);
      expect(lists[0]!.status).toBe('SHOPPING_LIST_STATUS_AVAILABLE');
    }
    // one saga per order, each completed once: no saga left running, compensating or failed
    for (const status of ['SAGA_STATUS_RUNNING', 'SAGA_STATUS_COMPENSATING', 'SAGA_STATUS_FAILED']) {
      expect((await mall.call('cosec', 'ListSagas', { status, limit: 100 })).sagas).toEqual([]);
    }
    const completed = (await mall.call('cosec', 'ListSagas', { status: 'SAGA_STATUS_COMPLETED', limit: 100 })).sagas as Record<
      string,
      unknown
    >[];
    const forThese = completed.filter((s) => orders.some((o) => (s.data as string).includes(o.orderId)));
    expect(forThese).toHaveLength(orders.length);
  }, 120_000);
});
