import { describe, it, expect, jest, afterEach } from '@jest/globals';
import { Acks } from '../src/acks.ts';

/** A channel that records the acks sent: [deliveryTag, allUpTo]. */
function channel(): {
  ch: { ack: (m: { fields: { deliveryTag: number } }, allUpTo?: boolean) => void };
  sent: [number, boolean][];
} {
  const sent: [number, boolean][] = [];
  return { ch: { ack: (m, allUpTo = false) => void sent.push([m.fields.deliveryTag, allUpTo]) }, sent };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('coalesced acks', () => {
  it('gathers finished deliveries for the delay and sends one multiple ack for them', () => {
    jest.useFakeTimers();
    const { ch, sent } = channel();
    const acks = new Acks(ch, { delayMs: 50, prefetch: 50 });
    for (const t of [1, 2, 3]) acks.delivered(t);
    acks.ack(2);
    acks.ack(1);
    acks.ack(3);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(49);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(sent).toEqual([[3, true]]);
  });

  it('never covers a delivery still in progress: finished ones above it are acked one by one', () => {
    jest.useFakeTimers();
    const { ch, sent } = channel();
    const acks = new Acks(ch, { delayMs: 50, prefetch: 50 });
    for (const t of [1, 2, 3, 4, 5]) acks.delivered(t);
    acks.ack(1);
    acks.ack(2);
    acks.ack(4);
    acks.ack(5); // 3 is still being handled
    jest.advanceTimersByTime(50);
    expect(sent).toEqual([
      [2, true],
      [4, false],
      [5, false],
    ]);
    acks.ack(3);
    jest.advanceTimersByTime(50);
    expect(sent.at(-1)).toEqual([3, false]);
  });

  it('treats a delivery nacked back to its queue as settled, and one abandoned (neither) as open', () => {
    jest.useFakeTimers();
    const { ch, sent } = channel();
    const acks = new Acks(ch, { delayMs: 50, prefetch: 50 });
    for (const t of [1, 2, 3, 4]) acks.delivered(t);
    acks.settled(1); // nacked by the caller
    acks.ack(2);
    acks.ack(4); // 3 abandoned: it must be redelivered, so no multiple ack may reach it
    jest.advanceTimersByTime(50);
    expect(sent).toEqual([
      [2, false],
      [4, false],
    ]);
  });

  it('sends at once when half the prefetch waits, and never waits with a prefetch below 4 or a delay of 0', () => {
    jest.useFakeTimers();
    const big = channel();
    const acks = new Acks(big.ch, { delayMs: 1000, prefetch: 6 });
    for (const t of [1, 2, 3]) acks.delivered(t);
    acks.ack(1);
    acks.ack(2);
    expect(big.sent).toEqual([]);
    acks.ack(3);
    expect(big.sent).toEqual([[3, true]]);

    for (const [prefetch, delayMs] of [
      [1, 1000],
      [3, 1000],
      [50, 0],
    ] as const) {
      const small = channel();
      const a = new Acks(small.ch, { delayMs, prefetch });
      a.delivered(7);
      a.ack(7);
      expect(small.sent).toEqual([[7, false]]);
    }
  });

  it('flush sends what waits now, and a closed channel does not make it throw', () => {
    jest.useFakeTimers();
    const { ch, sent } = channel();
    const acks = new Acks(ch, { delayMs: 1000, prefetch: 50 });
    acks.delivered(1);
    acks.ack(1);
    acks.flush();
    expect(sent).toEqual([[1, false]]);
    acks.flush(); // nothing waits
    expect(sent).toHaveLength(1);
    const closed = new Acks(
      {
        ack: () => {
          throw new Error('Channel closed');
        },
      },
      { delayMs: 1000, prefetch: 50 },
    );
    closed.delivered(1);
    closed.ack(1);
    expect(() => closed.flush()).not.toThrow();
  });
});
