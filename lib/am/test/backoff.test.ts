import { describe, it, expect } from '@jest/globals';
import { reconnectDelayMs, resolveReconnectPolicy, resolveRetryPolicy, retryDelayMs, retryDelaySet } from '../src/backoff.ts';

describe('retry backoff', () => {
  it('defaults to 5 attempts, 1s doubling, capped at 60s', () => {
    const p = resolveRetryPolicy();
    expect(p).toEqual({ maxAttempts: 5, initialDelayMs: 1000, factor: 2, maxDelayMs: 60_000 });
    expect([1, 2, 3, 4].map((n) => retryDelayMs(p, n))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelaySet(p)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps at maxDelayMs and dedupes the delay queues it needs', () => {
    const p = resolveRetryPolicy({ maxAttempts: 8, initialDelayMs: 100, factor: 3, maxDelayMs: 1000 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(p, n))).toEqual([100, 300, 900, 1000, 1000, 1000, 1000]);
    expect(retryDelaySet(p)).toEqual([100, 300, 900, 1000]);
  });

  it('rounds fractional factors to whole milliseconds', () => {
    const p = resolveRetryPolicy({ initialDelayMs: 100, factor: 1.5, maxDelayMs: 10_000 });
    expect([1, 2, 3, 4].map((n) => retryDelayMs(p, n))).toEqual([100, 150, 225, 338]);
  });

  it('uses a fixed schedule when given, repeating the last entry', () => {
    const p = resolveRetryPolicy({ maxAttempts: 6, delaysMs: [50, 500, 5000] });
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(p, n))).toEqual([50, 500, 5000, 5000, 5000]);
    expect(retryDelaySet(p)).toEqual([50, 500, 5000]);
  });

  it('needs no delay queue when retries are off', () => {
    expect(retryDelaySet(resolveRetryPolicy({ maxAttempts: 1 }))).toEqual([]);
  });

  it('rejects nonsense', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ initialDelayMs: 0 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ factor: 0.5 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ initialDelayMs: 100, maxDelayMs: 50 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ delaysMs: [10, -1] })).toThrow(RangeError);
  });
});

describe('reconnect backoff', () => {
  const p = resolveReconnectPolicy({ initialDelayMs: 100, maxDelayMs: 2000, factor: 2, jitter: 0.5 });

  it('grows exponentially up to the cap without jitter (random = 0)', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => reconnectDelayMs(p, n, () => 0))).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
  });

  it('jitters downwards only, never above the cap', () => {
    for (let n = 1; n < 20; n++) {
      for (const r of [0, 0.25, 0.999]) {
        const d = reconnectDelayMs(p, n, () => r);
        const base = Math.min(100 * 2 ** (n - 1), 2000);
        expect(d).toBeLessThanOrEqual(base);
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * 0.5));
      }
    }
  });

  it('rejects an invalid policy', () => {
    expect(() => resolveReconnectPolicy({ jitter: 2 })).toThrow(RangeError);
  });
});
