import type { UnitOfWork } from '@mallbots/tm';
import { commitProduct } from './product-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

export interface RebrandProduct {
  id: string;
  name: string;
  description: string;
}

/** Renames and re-describes a product; publishes ProductRebranded unless nothing changed. */
export async function rebrandProduct(deps: StoresDeps, uow: UnitOfWork, cmd: RebrandProduct): Promise<void> {
  const product = await deps.products.find(uow.em, cmd.id);
  product.rebrand(cmd.name, cmd.description);
  await commitProduct(deps, uow, product);
}
