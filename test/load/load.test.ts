/** The load generator's pieces that need no running system: targets, records, the order mix, the arrival loop. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from '@jest/globals';
import { runLoad } from './generator.ts';
import { planOrder, type Mall } from './kiosk.ts';
import { parseRecord, readRecords, RecordWriter, type OrderRecord } from './record.ts';
import type { Rpc } from './rpc.ts';
import { isLocalRun, parseTargets } from './targets.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('targets', () => {
  it('defaults to the make up ports, overridable per service by flag or <SVC>_GRPC_ADDR', () => {
    const t = parseTargets(undefined, { COSEC_GRPC_ADDR: '10.1.1.1:9000' });
    expect(t.stores).toBe('127.0.0.1:9001');
    expect(t.search).toBe('127.0.0.1:9008');
    expect(t.cosec).toBe('10.1.1.1:9000');
    const u = parseTargets('example.org,ordering=127.0.0.1:19004', {});
    expect(u.ordering).toBe('127.0.0.1:19004');
    expect(u.depot).toBe('example.org:9005');
  });

  it('names the mistake', () => {
    expect(() => parseTargets('shops=1.2.3.4:1', {})).toThrow(/unknown service "shops"/);
    expect(() => parseTargets('ordering=nowhere', {})).toThrow(/not host:port/);
    expect(() => parseTargets('1.2.3.4:9004', {})).toThrow(/without a service name/);
  });

  it("knows make up's services on any loopback name, and nothing else", () => {
    expect(isLocalRun(parseTargets(undefined, {}))).toBe(true);
    expect(isLocalRun(parseTargets('localhost', {}))).toBe(true);
    expect(isLocalRun(parseTargets('[::1]', {}))).toBe(true);
    expect(isLocalRun(parseTargets('10.0.0.5', {}))).toBe(false);
    expect(isLocalRun(parseTargets('cosec=127.0.0.1:19009', {}))).toBe(false);
    expect(isLocalRun(parseTargets(undefined, { COSEC_GRPC_ADDR: '10.1.1.1:9009' }))).toBe(false);
  });
});

describe('records', () => {
  const r: OrderRecord = {
    order_id: uuid(1),
    customer_id: uuid(2),
    payment_id: uuid(3),
    expected: 'rejected',
    reason: 'wrong_amount',
    total: 10,
    amount: 11,
    started_at: 1,
    acked_at: 2,
    ack: 'ok',
    phase: 'kill:cosec',
  };

  it('round-trips through a file; a truncated last line is skipped, a bad line elsewhere is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-'));
    try {
      const f = join(dir, 'orders.jsonl');
      const w = new RecordWriter(f);
      w.write(r);
      w.write({ ...r, order_id: uuid(4) });
      await w.close();
      expect(await readRecords(f)).toEqual([r, { ...r, order_id: uuid(4) }]);
      writeFileSync(f, `${JSON.stringify(r)}\n{"order_id":"0000`);
      expect(await readRecords(f)).toEqual([r]);
      writeFileSync(f, `{"order_id":"x"}\n${JSON.stringify(r)}\n`);
      await expect(readRecords(f)).rejects.toThrow(/:1: order_id is not a UUID/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fills what an older record lacks', () => {
    expect(
      parseRecord(
        JSON.stringify({ order_id: uuid(1), customer_id: uuid(2), payment_id: uuid(3), expected: 'approved', started_at: 5 }),
      ),
    ).toMatchObject({
      ack: 'ok',
      acked_at: 5,
      reason: 'ok',
    });
  });
});

const mall: Mall = {
  products: [
    { id: uuid(10), storeId: uuid(20), priceCents: 150 },
    { id: uuid(11), storeId: uuid(20), priceCents: 99 },
    { id: uuid(12), storeId: uuid(21), priceCents: 1000 },
  ],
  enabledCustomers: [uuid(30), uuid(31)],
  disabledCustomers: [uuid(40)],
};

describe('the order mix', () => {
  it('draws disabled customers and wrong amounts in the given shares, distinct products per order', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const plans = Array.from({ length: 2000 }, () => planOrder(mall, { disabled: 0.1, wrongAmount: 0.2, maxItems: 3 }, rand));
    const share = (reason: string) => plans.filter((p) => p.reason === reason).length / plans.length;
    expect(share('disabled_customer')).toBeGreaterThan(0.07);
    expect(share('disabled_customer')).toBeLessThan(0.13);
    expect(share('wrong_amount')).toBeGreaterThan(0.16);
    expect(share('wrong_amount')).toBeLessThan(0.24);
    for (const p of plans) {
      expect(p.reason === 'disabled_customer').toBe(mall.disabledCustomers.includes(p.customerId));
      expect(new Set(p.lines.map((l) => l.product.id)).size).toBe(p.lines.length);
      expect(p.lines.length).toBeGreaterThanOrEqual(1);
      expect(p.lines.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('the arrival loop', () => {
  it('starts arrivals at the rate, records placed orders, counts abandoned ones, and caps concurrency', async () => {
    const records: OrderRecord[] = [];
    let n = 0;
    let concurrent = 0;
    let peak = 0;
    const stats = await runLoad({} as Rpc, mall, {
      rate: 100,
      durationMs: 300,
      mix: { disabled: 0, wrongAmount: 0, maxItems: 1 },
      maxInFlight: 5,
      phase: () => 'p1',
      onRecord: (r) => records.push(r),
      place: async (plan, phase) => {
        n += 1;
        concurrent += 1;
        peak = Math.max(peak, concurrent);
        await new Promise((r) => setTimeout(r, 60));
        concurrent -= 1;
        if (n % 4 === 0) return { placed: false, step: 'StartBasket', error: 'UNAVAILABLE' };
        return {
          placed: true,
          record: {
            order_id: uuid(n),
            customer_id: plan.customerId,
            payment_id: uuid(n),
            expected: 'approved',
            reason: plan.reason,
            total: 1,
            amount: 1,
            started_at: 0,
            acked_at: 0,
            ack: 'ok',
            ...(phase ? { phase } : {}),
          },
        };
      },
    });
    // 100/s for 300 ms: exactly 30 arrivals, however late the timers fire (a loaded CI machine)
    expect(stats.started + stats.skipped).toBe(30);
    // an arrival every 10 ms, each order 60 ms: a sixth would be in flight, and the cap of 5 skips it
    expect(stats.skipped).toBeGreaterThan(0);
    expect(peak).toBe(5);
    expect(stats.acked).toBe(records.length);
    expect(stats.aborted).toBe(stats.started - stats.acked);
    expect(records.every((r) => r.phase === 'p1')).toBe(true);
    expect(stats.inFlight).toBe(0);
  });
});
