import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { StoreView } from '../persistence/store.projection.ts';
import type { StoresDeps } from './stores-deps.ts';

/** One store from the `stores` projection; NOT_FOUND if unknown. */
export async function getStore(deps: StoresDeps, uow: UnitOfWork, id: string): Promise<StoreView> {
  const store = await deps.storeProjection.find(uow.em, id);
  if (!store) throw new NotFound('store with that ID does not exist');
  return store;
}
