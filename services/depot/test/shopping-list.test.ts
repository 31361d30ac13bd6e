import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { ShoppingList, ShoppingListStatus, type ShoppingLine } from '../src/domain/shopping-list.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const orderId = '7a1d2c3b-0000-4000-8000-000000000001';
const line = (over: Partial<ShoppingLine> = {}): ShoppingLine => ({
  storeId: 's1',
  storeName: 'Corner Shop',
  storeLocation: 'Level 1',
  productId: 'p1',
  productName: 'Apples',
  quantity: 2,
  ...over,
});

/** A stored list (events pulled) in the given status, reached through the legal path. */
function listIn(status: ShoppingListStatus): ShoppingList {
  if (status === ShoppingListStatus.Active) {
    return ShoppingList.restore({ id, orderId, stops: {}, assignedBotId: 'bot-1', status });
  }
  const l = ShoppingList.create(id, orderId, [line()]);
  if (status === ShoppingListStatus.Canceled) l.cancel();
  if (status !== ShoppingListStatus.Pending && status !== ShoppingListStatus.Canceled) l.initiate();
  if (status === ShoppingListStatus.Assigned || status === ShoppingListStatus.Completed) l.assign('bot-1');
  if (status === ShoppingListStatus.Completed) l.complete();
  l.pullEvents();
  expect(l.status).toBe(status);
  return l;
}

const ALL = Object.values(ShoppingListStatus);

describe('ShoppingList: create', () => {
  it('creates a pending list with stops grouped per store and items per product, summing repeats', () => {
    const l = ShoppingList.create(id, orderId, [
      line(),
      line({ productId: 'p2', productName: 'Pears', quantity: 1 }),
      line({ storeId: 's2', storeName: 'Bakery', storeLocation: 'Level 2', productId: 'p3', productName: 'Bread', quantity: 3 }),
      line({ quantity: 5 }),
    ]);
    expect(l.state()).toEqual({
      id,
      orderId,
      assignedBotId: '',
      status: ShoppingListStatus.Pending,
      stops: {
        s1: {
          storeName: 'Corner Shop',
          storeLocation: 'Level 1',
          items: { p1: { name: 'Apples', quantity: 7 }, p2: { name: 'Pears', quantity: 1 } },
        },
        s2: { storeName: 'Bakery', storeLocation: 'Level 2', items: { p3: { name: 'Bread', quantity: 3 } } },
      },
    });
    expect(l.pullEvents()).toEqual([{ type: 'ShoppingListCreated' }]);
    expect(l.initiated).toBe(false);
  });
  it('needs an order and at least one line with a positive integer quantity', () => {
    expect(() => ShoppingList.create(id, ' ', [line()])).toThrow(new InvalidArgument('order_id cannot be blank'));
    expect(() => ShoppingList.create(id, orderId, [])).toThrow('a shopping list needs at least one item');
    expect(() => ShoppingList.create(id, orderId, [line(), line({ quantity: 0 })])).toThrow(
      'items[1].quantity must be at least 1',
    );
    expect(() => ShoppingList.create(id, orderId, [line({ quantity: 1.5 })])).toThrow(InvalidArgument);
  });
  it('hands out copies of its stops', () => {
    const l = ShoppingList.create(id, orderId, [line()]);
    l.stops['s1']!.items['p1']!.quantity = 99;
    expect(l.state().stops['s1']!.items['p1']!.quantity).toBe(2);
  });
});

describe('ShoppingList: transitions', () => {
  it('pending -> available -> assigned -> completed', () => {
    const l = listIn(ShoppingListStatus.Pending);
    l.initiate();
    expect(l.status).toBe(ShoppingListStatus.Available);
    expect(l.initiated).toBe(true);
    l.assign(' bot-7 ');
    expect(l.status).toBe(ShoppingListStatus.Assigned);
    expect(l.assignedBotId).toBe('bot-7');
    l.complete();
    expect(l.status).toBe(ShoppingListStatus.Completed);
    expect(l.pullEvents().map((e) => e.type)).toEqual(['ShoppingListInitiated', 'ShoppingListAssigned', 'ShoppingListCompleted']);
  });

  const cancelable = [
    ShoppingListStatus.Pending,
    ShoppingListStatus.Available,
    ShoppingListStatus.Assigned,
    ShoppingListStatus.Active,
  ];
  it.each(cancelable)('cancels from %s', (status) => {
    const l = listIn(status);
    l.cancel();
    expect(l.status).toBe(ShoppingListStatus.Canceled);
    expect(l.pullEvents()).toEqual([{ type: 'ShoppingListCanceled' }]);
  });
  it.each([ShoppingListStatus.Completed, ShoppingListStatus.Canceled])('cannot cancel from %s', (status) => {
    const l = listIn(status);
    expect(() => l.cancel()).toThrow(FailedPrecondition);
    expect(() => l.cancel()).toThrow(
      `shopping list ${id} is ${status}; only pending, available, assigned or active lists can be canceled`,
    );
    expect(l.status).toBe(status);
    expect(l.pullEvents()).toEqual([]);
  });

  const rules: [string, (l: ShoppingList) => void, ShoppingListStatus, string][] = [
    ['initiate', (l) => l.initiate(), ShoppingListStatus.Pending, 'initiated'],
    ['assign', (l) => l.assign('bot-2'), ShoppingListStatus.Available, 'assigned'],
    ['complete', (l) => l.complete(), ShoppingListStatus.Assigned, 'completed'],
  ];
  for (const [verb, act, from, word] of rules) {
    for (const status of ALL.filter((s) => s !== from)) {
      it(`${verb} from ${status} is FAILED_PRECONDITION and changes nothing`, () => {
        const l = listIn(status);
        const before = l.state();
        expect(() => act(l)).toThrow(FailedPrecondition);
        expect(() => act(l)).toThrow(`shopping list ${id} is ${status}; only ${from} lists can be ${word}`);
        expect(l.state()).toEqual(before);
        expect(l.pullEvents()).toEqual([]);
      });
    }
  }
  it('assign needs a bot id', () => {
    expect(() => listIn(ShoppingListStatus.Available).assign('  ')).toThrow(new InvalidArgument('bot_id cannot be blank'));
  });
  it('knows whether it was initiated', () => {
    expect(ALL.filter((s) => listIn(s).initiated)).toEqual([
      ShoppingListStatus.Available,
      ShoppingListStatus.Assigned,
      ShoppingListStatus.Active,
      ShoppingListStatus.Completed,
    ]);
  });
});
