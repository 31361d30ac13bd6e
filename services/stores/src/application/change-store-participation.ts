import type { UnitOfWork } from '@mallbots/tm';
import { commitStore } from './store-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

/** NOT_FOUND for an unknown store, FAILED_PRECONDITION if it already participates; publishes StoreParticipationToggled. */
export async function enableParticipation(deps: StoresDeps, uow: UnitOfWork, id: string): Promise<void> {
  const store = await deps.stores.find(uow.em, id);
  store.enableParticipation();
  await commitStore(deps, uow, store);
}

/** NOT_FOUND for an unknown store, FAILED_PRECONDITION if it does not participate; publishes StoreParticipationToggled. */
export async function disableParticipation(deps: StoresDeps, uow: UnitOfWork, id: string): Promise<void> {
  const store = await deps.stores.find(uow.em, id);
  store.disableParticipation();
  await commitStore(deps, uow, store);
}
