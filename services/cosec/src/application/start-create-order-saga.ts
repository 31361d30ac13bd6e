import type { SagaCoordinator } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import { newCreateOrderData, type OrderToCreate } from '../domain/create-order-data.ts';
import { createOrderSaga } from './create-order-saga.ts';

/**
 * Starts the create-order saga for a new order. The saga id is derived from the order id, so a repeated
 * OrderCreated (redelivered, or published twice under different message ids) starts nothing new.
 */
export async function startCreateOrderSaga(
  coordinator: SagaCoordinator<UnitOfWork>,
  uow: UnitOfWork,
  order: OrderToCreate,
): Promise<{ sagaId: string; started: boolean }> {
  return coordinator.start(uow, createOrderSaga, order.orderId, newCreateOrderData(order));
}
