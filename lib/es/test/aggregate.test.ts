import { describe, it, expect } from '@jest/globals';
import { everyNEvents } from '@mallbots/es';
import { Counter } from './counter.ts';

describe('AggregateRoot', () => {
  it('applies raised events at once and keeps them pending until committed', () => {
    const c = Counter.open('c1', 'x');
    c.add(2);
    c.add(3);
    expect(c.total).toBe(5);
    expect(c.pendingEvents.map((e) => e.name)).toEqual(['test.Opened', 'test.Added', 'test.Added']);
    expect(c.version).toBe(0);
    c.commit();
    expect(c.version).toBe(3);
    expect(c.pendingEvents).toHaveLength(0);
  });
  it('rejects commands that break its rules without raising anything', () => {
    const c = Counter.open('c1', 'x');
    c.close();
    expect(() => c.add(1)).toThrow('counter is closed');
    expect(c.pendingEvents).toHaveLength(2);
  });
  it('snapshot policy fires when a multiple of n is crossed', () => {
    const p = everyNEvents(3);
    expect(p(0, 2)).toBe(false);
    expect(p(2, 3)).toBe(true);
    expect(p(3, 5)).toBe(false);
    expect(p(1, 7)).toBe(true);
  });
});
