// A tiny aggregate used by the lib/es tests.
import { AggregateRoot } from '@mallbots/es';
import { FailedPrecondition } from '@mallbots/rpc';

export type CounterEvent =
  { name: 'test.Opened'; label: string } | { name: 'test.Added'; amount: number } | { name: 'test.Closed' };
export interface CounterSnapshot {
  label: string;
  total: number;
  open: boolean;
}

export class Counter extends AggregateRoot<CounterEvent, CounterSnapshot> {
  readonly streamName = 'test.Counter';
  label = '';
  total = 0;
  open = false;

  static open(id: string, label: string): Counter {
    const c = new Counter(id);
    c.raise({ name: 'test.Opened', label });
    return c;
  }
  add(amount: number): void {
    if (!this.open) throw new FailedPrecondition('counter is closed');
    this.raise({ name: 'test.Added', amount });
  }
  close(): void {
    if (!this.open) throw new FailedPrecondition('counter is already closed');
    this.raise({ name: 'test.Closed' });
  }
  protected apply(e: CounterEvent): void {
    switch (e.name) {
      case 'test.Opened':
        this.label = e.label;
        this.open = true;
        break;
      case 'test.Added':
        this.total += e.amount;
        break;
      case 'test.Closed':
        this.open = false;
        break;
    }
  }
  toSnapshot(): CounterSnapshot {
    return { label: this.label, total: this.total, open: this.open };
  }
  protected fromSnapshot(s: CounterSnapshot): void {
    this.label = s.label;
    this.total = s.total;
    this.open = s.open;
  }
}
