import { AlreadyExists } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { NewOrder } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { createOrder } from './create-order.ts';

/**
 * BasketCheckedOut -> a pending order whose id is the basket id. A basket is checked out once, so an existing order
 * with that id means this checkout was already handled (the same fact delivered again under another message id,
 * which the inbox cannot recognise): it is done, not an error. Returns whether an order was created.
 */
export async function createOrderFromCheckout(
  orders: OrderRepository,
  uow: UnitOfWork,
  basketId: string,
  input: NewOrder,
): Promise<boolean> {
  try {
    await createOrder(orders, uow, basketId, input);
    return true;
  } catch (err) {
    if (err instanceof AlreadyExists) return false;
    throw err;
  }
}
