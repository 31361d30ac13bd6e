import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { ProductView } from '../persistence/product.projection.ts';
import { MAX_LIST_RESULTS, type StoresDeps } from './stores-deps.ts';

/**
 * The products of one store (at most MAX_LIST_RESULTS), ordered by name. NOT_FOUND for an unknown store (the
 * original answered an empty catalogue, which hides a wrong id); a known store without products gives [].
 */
export async function getCatalog(deps: StoresDeps, uow: UnitOfWork, storeId: string): Promise<ProductView[]> {
  if (!(await deps.storeProjection.find(uow.em, storeId))) throw new NotFound('store with that ID does not exist');
  return deps.productProjection.listByStore(uow.em, storeId, MAX_LIST_RESULTS);
}
