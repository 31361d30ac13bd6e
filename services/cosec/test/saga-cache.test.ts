import { describe, it, expect } from '@jest/globals';
import type { SagaInstance } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import { SagaRepository } from '../src/persistence/saga.repository.ts';

/** A unit of work that only queues writes and runs its after-commit hooks on `commit()`. */
function fakeUow() {
  const hooks: (() => void)[] = [];
  const writes: { sql: string; params: readonly unknown[] }[] = [];
  const uow = {
    write: (sql: string, params: readonly unknown[]) => void writes.push({ sql, params }),
    afterCommit: (fn: () => void) => void hooks.push(fn),
  } as unknown as UnitOfWork;
  return { uow, writes, commit: () => hooks.forEach((h) => h()) };
}

const saga = (): SagaInstance => ({
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'create-order',
  definitionVersion: 2,
  data: { orderId: 'o-1', items: [{ productId: 'p-1', price: 9.99, quantity: 2 }], shoppingId: null },
  step: 2,
  status: 'running' as SagaInstance['status'],
  attempt: 1,
  seq: 3,
  version: 4,
  deadline: new Date('2026-11-28T22:00:05.000Z'),
  createdAt: new Date('2026-11-28T22:00:00.000Z'),
  updatedAt: new Date('2026-11-28T22:00:01.000Z'),
});

describe('SagaRepository cache', () => {
  it('keeps, after the commit, a copy of what the statement wrote that later changes to the instance do not reach', async () => {
    const repo = new SagaRepository('cosec');
    const { uow, writes, commit } = fakeUow();
    const s = saga();
    await repo.update(uow, s, 3);
    expect(repo.loadCached(uow, s.id)).toBeUndefined(); // nothing before the commit
    commit();
    // the coordinator goes on changing its instance (the next reply, say) after the commit
    (s.data as { shoppingId: string | null }).shoppingId = 'changed';
    (s.data as { items: { quantity: number }[] }).items[0]!.quantity = 99;
    s.deadline!.setTime(0);
    s.updatedAt.setTime(0);
    const cached = repo.loadCached(uow, s.id);
    expect(cached).toEqual(saga());
    expect(cached!.deadline).toBeInstanceOf(Date);
    // the cached data is the JSON the update wrote, read back
    expect(cached!.data).toEqual(JSON.parse(String(writes[0]!.params[0])));
    expect(repo.loadCached(uow, s.id)).toBeUndefined(); // taking it removes it
  });

  it('keeps no finished saga, and nothing with a cache size of 0', async () => {
    const done = { ...saga(), status: 'completed' as SagaInstance['status'], deadline: null };
    const a = fakeUow();
    const repo = new SagaRepository('cosec');
    await repo.update(a.uow, done, 3);
    a.commit();
    expect(repo.cached).toBe(0);
    const b = fakeUow();
    const off = new SagaRepository('cosec', { cacheSize: 0 });
    await off.insert(b.uow, saga());
    b.commit();
    expect(off.cached).toBe(0);
  });
});
