import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { Store } from '../domain/store.ts';
import { commitStore } from './store-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

export interface CreateStore {
  name: string;
  location: string;
}

/** Creates a store that does not participate yet; publishes StoreCreated. Returns the new id. */
export async function createStore(deps: StoresDeps, uow: UnitOfWork, cmd: CreateStore): Promise<string> {
  const store = Store.create(randomUUID(), cmd.name, cmd.location);
  await commitStore(deps, uow, store);
  return store.id;
}
