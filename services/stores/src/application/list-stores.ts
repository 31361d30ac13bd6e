import type { UnitOfWork } from '@mallbots/tm';
import type { StoreView } from '../persistence/store.projection.ts';
import { MAX_LIST_RESULTS, type StoresDeps } from './stores-deps.ts';

/** Every store (at most MAX_LIST_RESULTS), ordered by name. */
export function getStores(deps: StoresDeps, uow: UnitOfWork): Promise<StoreView[]> {
  return deps.storeProjection.list(uow.em, { participatingOnly: false, limit: MAX_LIST_RESULTS });
}

/** The participating stores (at most MAX_LIST_RESULTS), ordered by name. */
export function getParticipatingStores(deps: StoresDeps, uow: UnitOfWork): Promise<StoreView[]> {
  return deps.storeProjection.list(uow.em, { participatingOnly: true, limit: MAX_LIST_RESULTS });
}
