import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { Product } from '../domain/product.ts';
import { commitProduct } from './product-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

export interface AddProduct {
  storeId: string;
  name: string;
  description: string;
  sku: string;
  price: number;
}

/**
 * Adds a product to a store's catalogue; publishes ProductAdded. Returns the new id.
 * The store is loaded from the event store (the write model), so NOT_FOUND is exact even for a store created a
 * moment ago; participation is not required (the mall does not enforce it).
 */
export async function addProduct(deps: StoresDeps, uow: UnitOfWork, cmd: AddProduct): Promise<string> {
  const store = await deps.stores.find(uow.em, cmd.storeId);
  const product = Product.add(randomUUID(), store, cmd);
  await commitProduct(deps, uow, product);
  return product.id;
}
