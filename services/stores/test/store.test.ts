import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Store, type StoreEvent } from '../src/domain/store.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';

/** What the event store does on load: replay the given events into a fresh aggregate. */
function replayed(events: StoreEvent[]): Store {
  const s = new Store(id);
  s.replay(events, 0);
  return s;
}

describe('Store', () => {
  it('is created with a trimmed name and location, not participating, recording StoreCreated', () => {
    const s = Store.create(id, ' Books ', ' Level 2 ');
    expect(s.streamName).toBe('stores.Store');
    expect(s.toSnapshot()).toEqual({ name: 'Books', location: 'Level 2', participating: false });
    expect(s.pendingEvents).toEqual([{ name: 'stores.StoreCreated', storeName: 'Books', location: 'Level 2' }]);
    expect(s.version).toBe(0);
  });

  it('requires a non-blank name and location', () => {
    expect(() => Store.create(id, '  ', 'Level 2')).toThrow(new InvalidArgument('the store name cannot be blank'));
    expect(() => Store.create(id, 'Books', '')).toThrow(InvalidArgument);
    expect(() => Store.create(id, 'Books', '')).toThrow('the store location cannot be blank');
  });

  it('enables and disables participation, failing when already in that state', () => {
    const s = replayed([{ name: 'stores.StoreCreated', storeName: 'Books', location: 'L2' }]);
    expect(() => s.disableParticipation()).toThrow(FailedPrecondition);
    expect(() => s.disableParticipation()).toThrow('the store is not participating');
    s.enableParticipation();
    expect(s.participating).toBe(true);
    expect(() => s.enableParticipation()).toThrow('the store is already participating');
    s.disableParticipation();
    expect(s.participating).toBe(false);
    expect(s.pendingEvents.map((e) => e.name)).toEqual(['stores.StoreParticipationEnabled', 'stores.StoreParticipationDisabled']);
  });

  it('rebrands to a non-blank name; the same name records nothing', () => {
    const s = replayed([{ name: 'stores.StoreCreated', storeName: 'Books', location: 'L2' }]);
    expect(() => s.rebrand(' ')).toThrow(new InvalidArgument('the store name cannot be blank'));
    s.rebrand(' Books ');
    expect(s.pendingEvents).toEqual([]);
    s.rebrand('Books & More');
    expect(s.name).toBe('Books & More');
    expect(s.pendingEvents).toEqual([{ name: 'stores.StoreRebranded', storeName: 'Books & More' }]);
  });

  it('folds its events and counts versions as the event store does', () => {
    const s = replayed([
      { name: 'stores.StoreCreated', storeName: 'Books', location: 'L2' },
      { name: 'stores.StoreParticipationEnabled' },
      { name: 'stores.StoreRebranded', storeName: 'Novels' },
    ]);
    expect(s.version).toBe(3);
    expect(s.toSnapshot()).toEqual({ name: 'Novels', location: 'L2', participating: true });
  });

  it('restores from its snapshot to the same state and behaviour', () => {
    const original = replayed([
      { name: 'stores.StoreCreated', storeName: 'Books', location: 'L2' },
      { name: 'stores.StoreParticipationEnabled' },
    ]);
    const restored = new Store(id);
    restored.restore(JSON.parse(JSON.stringify(original.toSnapshot())) as ReturnType<Store['toSnapshot']>, 2);
    expect(restored.version).toBe(2);
    expect(restored.toSnapshot()).toEqual(original.toSnapshot());
    expect(() => restored.enableParticipation()).toThrow('the store is already participating');
    restored.replay([{ name: 'stores.StoreParticipationDisabled' }], 2);
    expect(restored.version).toBe(3);
    expect(restored.participating).toBe(false);
  });
});
