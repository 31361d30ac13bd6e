import type { UnitOfWork } from '@mallbots/tm';
import { commitStore } from './store-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

/** Renames a store; publishes StoreRebranded unless the name is unchanged. NOT_FOUND for an unknown store. */
export async function rebrandStore(deps: StoresDeps, uow: UnitOfWork, id: string, name: string): Promise<void> {
  const store = await deps.stores.find(uow.em, id);
  store.rebrand(name);
  await commitStore(deps, uow, store);
}
