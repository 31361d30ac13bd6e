import { describe, it, expect } from '@jest/globals';
import { IdleAfterBusy } from '../src/memory.ts';

describe('IdleAfterBusy', () => {
  it('says "release" once, at the first idle window after a busy one', () => {
    const d = new IdleAfterBusy(0.05, 0.01);
    expect([0.002, 0.004].map((u) => d.next(u))).toEqual([false, false]); // idle from the start: nothing grew
    expect([0.3, 0.5, 0.02].map((u) => d.next(u))).toEqual([false, false, false]); // busy, then light load: wait
    expect(d.next(0.005)).toBe(true); // idle now
    expect([0.005, 0.001, 0.03].map((u) => d.next(u))).toEqual([false, false, false]); // once per busy spell
  });

  it('by default takes 10 % as busy and under 4 % as idle (an idle service’s timers keep it above 1 % on a slow host)', () => {
    const d = new IdleAfterBusy();
    expect([0.005, 0.03, 0.09].map((u) => d.next(u))).toEqual([false, false, false]); // never busy yet
    expect([0.8, 0.1, 0.05].map((u) => d.next(u))).toEqual([false, false, false]); // busy, busy, light load
    expect(d.next(0.028)).toBe(true); // the first idle window after the load, timers and all
    expect(d.next(0.001)).toBe(false); // once
  });

  it('never releases under steady light load, and again after the next busy spell', () => {
    const d = new IdleAfterBusy(0.05, 0.01);
    expect(Array.from({ length: 50 }, () => d.next(0.03)).some(Boolean)).toBe(false);
    expect(d.next(0.05)).toBe(false); // the threshold itself counts as busy
    expect(d.next(0.0099)).toBe(true);
    expect(d.next(0.2)).toBe(false);
    expect(d.next(0.01)).toBe(false); // the idle threshold itself is not idle
    expect(d.next(0)).toBe(true);
  });
});
