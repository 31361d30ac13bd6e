import { Names } from '@mallbots/contracts';
import type { StoredEvent } from '@mallbots/es';
import type { UnitOfWork } from '@mallbots/tm';
import type { Store, StoreEvent } from '../domain/store.ts';
import type { StoresDeps } from './stores-deps.ts';

/**
 * Saves a changed store in the caller's unit of work: appends its events (ABORTED on a concurrent change),
 * updates the `stores` projection, and writes one integration event per domain event to the outbox. All three
 * commit together, so a query or a consumer never sees a change the event store does not have, or vice versa.
 * Each integration event carries the version its domain event got, so consumers can drop stale ones.
 */
export async function commitStore(deps: StoresDeps, uow: UnitOfWork, store: Store): Promise<void> {
  const stored = await deps.stores.save(uow, store);
  await deps.storeProjection.apply(uow.em, stored);
  for (const e of stored) publishStoreEvent(uow, e);
}

function publishStoreEvent(uow: UnitOfWork, { streamId: id, version, event }: StoredEvent<StoreEvent>): void {
  switch (event.name) {
    case 'stores.StoreCreated':
      uow.publish({
        kind: 'event',
        name: Names.stores.StoreCreated,
        payload: { id, name: event.storeName, location: event.location, version },
        aggregateId: id,
      });
      break;
    case 'stores.StoreParticipationEnabled':
    case 'stores.StoreParticipationDisabled':
      uow.publish({
        kind: 'event',
        name: Names.stores.StoreParticipationToggled,
        payload: { id, participating: event.name === 'stores.StoreParticipationEnabled', version },
        aggregateId: id,
      });
      break;
    case 'stores.StoreRebranded':
      uow.publish({
        kind: 'event',
        name: Names.stores.StoreRebranded,
        payload: { id, name: event.storeName, version },
        aggregateId: id,
      });
      break;
  }
}
