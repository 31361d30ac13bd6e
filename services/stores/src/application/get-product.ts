import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { ProductView } from '../persistence/product.projection.ts';
import type { StoresDeps } from './stores-deps.ts';

/** One product from the `products` projection; NOT_FOUND if unknown or removed. */
export async function getProduct(deps: StoresDeps, uow: UnitOfWork, id: string): Promise<ProductView> {
  const product = await deps.productProjection.find(uow.em, id);
  if (!product) throw new NotFound('product with that ID does not exist');
  return product;
}
