/**
 * One trace per checkout, in a real Jaeger: the services run as processes exporting OTLP to a Jaeger started for
 * this test; a checkout's trace is found by its order id and must hold the spans of every service the saga
 * touches, correctly parented (one root, every other span's parent inside the trace), with saga attributes.
 * Then the same for a compensated saga. Also scrapes /metrics after the checkouts.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Cluster, waitFor } from '../support/cluster.ts';
import { Jaeger, serviceOf, tagOf, type JaegerTrace } from '../support/jaeger.ts';
import { Mall } from '../support/mall.ts';

const SAGA_SERVICES = ['baskets', 'ordering', 'cosec', 'customers', 'depot', 'payments'];

function checkParenting(t: JaegerTrace): void {
  const ids = new Set(t.spans.map((s) => s.spanID));
  const roots = t.spans.filter((s) => !s.references.some((r) => r.refType === 'CHILD_OF' && r.traceID === t.traceID));
  expect(roots).toHaveLength(1);
  for (const s of t.spans) {
    for (const r of s.references.filter((x) => x.refType === 'CHILD_OF')) expect(ids.has(r.spanID)).toBe(true);
  }
}

function orphanSpans(t: JaegerTrace): string[] {
  const ids = new Set(t.spans.map((s) => s.spanID));
  return t.spans.flatMap((s) =>
    s.references
      .filter((r) => r.refType === 'CHILD_OF' && !ids.has(r.spanID))
      .map((r) => `${serviceOf(t, s)} "${s.operationName}" -> ${r.spanID}`),
  );
}

describe('tracing a checkout across every service (real Jaeger)', () => {
  let jaeger: Jaeger;
  let cluster: Cluster;
  let mall: Mall;

  beforeAll(async () => {
    jaeger = await Jaeger.start();
    cluster = await Cluster.start({
      label: 'trace',
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpHttpEndpoint,
        OTEL_BSP_SCHEDULE_DELAY: '200',
        SAGA_STEP_TIMEOUT_MS: '5000',
      },
    });
    mall = new Mall(cluster);
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
    await jaeger?.stop();
  }, 60_000);

  const traceOfOrder = (orderId: string, mustHave: string[]) =>
    waitFor(
      `a trace for order ${orderId} with spans of ${mustHave.join(', ')}`,
      async () => {
        const [hit] = await jaeger.findTraces('baskets', { 'mallbots.order.id': orderId });
        if (!hit) return undefined;
        const t = await jaeger.trace(hit.traceID);
        if (!t) return undefined;
        const services = new Set(t.spans.map((s) => serviceOf(t, s)));
        if (!mustHave.every((m) => services.has(m))) return undefined;
        // Each service exports its spans in batches on its own timer, so a child can reach Jaeger before its parent
        // (a producer span still waiting for the broker's confirm, a server span still open). Wait until every
        // parent has arrived; one that never does fails the test with the orphans named.
        const orphans = orphanSpans(t);
        if (orphans.length > 0) throw new Error(`spans whose parent is not in the trace: ${orphans.join('; ')}`);
        return t;
      },
      30_000,
      500,
    );

  it('puts an approved checkout in one trace with spans of every service, correctly parented', async () => {
    const { productId } = await mall.createStoreWithProduct(3);
    const customerId = await mall.registerCustomer('Tracy');
    const { orderId } = await mall.checkout(customerId, productId, 2, 6);
    await mall.waitForOrder(orderId, ['ORDER_STATUS_APPROVED']);

    const t = await traceOfOrder(orderId, [...SAGA_SERVICES, 'search', 'notifications']);
    checkParenting(t);
    const sagaSpans = t.spans.filter((s) => tagOf(s, 'saga.id') !== undefined);
    expect(sagaSpans.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sagaSpans.map((s) => tagOf(s, 'saga.name')))).toEqual(new Set(['cosec.CreateOrder']));
    expect(sagaSpans.some((s) => tagOf(s, 'saga.direction') === 'action' && tagOf(s, 'saga.step') !== undefined)).toBe(true);
    // messaging spans follow the conventions and carry no payloads or phone numbers
    const consumers = t.spans.filter((s) => tagOf(s, 'span.kind') === 'consumer');
    expect(consumers.length).toBeGreaterThan(5);
    for (const s of t.spans) for (const tag of s.tags) expect(String(tag.value)).not.toContain('+15550100');
  }, 90_000);

  it('puts a compensated checkout in one trace too, with the compensation spans', async () => {
    const { productId } = await mall.createStoreWithProduct(3);
    const customerId = await mall.registerCustomer('Compensated');
    const { orderId } = await mall.checkout(customerId, productId, 1, 99); // wrong amount -> ConfirmPayment fails
    await mall.waitForOrder(orderId, ['ORDER_STATUS_REJECTED']);
    const t = await traceOfOrder(orderId, SAGA_SERVICES);
    checkParenting(t);
    expect(t.spans.some((s) => tagOf(s, 'saga.direction') === 'compensation')).toBe(true);
    expect(t.spans.some((s) => tagOf(s, 'saga.outcome') === 'failure')).toBe(true);
  }, 90_000);

  it('exposes Prometheus metrics about messages, the outbox, gRPC calls and sagas', async () => {
    const text = async (svc: 'cosec' | 'baskets' | 'payments') => (await fetch(`${cluster.httpAddress(svc)}/metrics`)).text();
    const cosec = await text('cosec');
    expect(cosec).toMatch(/mallbots_sagas_total\{[^}]*event="started"[^}]*\} [1-9]/);
    expect(cosec).toMatch(/mallbots_sagas_total\{[^}]*event="completed"[^}]*\} [1-9]/);
    expect(cosec).toMatch(/mallbots_sagas_total\{[^}]*event="compensated"[^}]*\} [1-9]/);
    expect(cosec).toMatch(/mallbots_saga_step_seconds_count\{/);
    const baskets = await text('baskets');
    expect(baskets).toMatch(
      /mallbots_grpc_server_calls_total\{method="\/mallbots.baskets.v1.BasketService\/CheckoutBasket",code="0"[^}]*\} [1-9]/,
    );
    expect(baskets).toMatch(/mallbots_messages_sent_total\{message="mallbots.baskets.v1.BasketCheckedOut"[^}]*\} [1-9]/);
    expect(baskets).toMatch(/mallbots_outbox_backlog\{[^}]*\} 0/);
    const payments = await text('payments');
    expect(payments).toMatch(
      /mallbots_messages_total\{queue="[^"]*payments.commands",message="mallbots.payments.v1.ConfirmPayment",outcome="handled"[^}]*\} [1-9]/,
    );
    expect(payments).toMatch(/mallbots_message_handler_seconds_count\{/);
  });
});
