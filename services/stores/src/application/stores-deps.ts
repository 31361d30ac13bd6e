import type { ProductProjection } from '../persistence/product.projection.ts';
import type { ProductRepository } from '../persistence/product.repository.ts';
import type { StoreProjection } from '../persistence/store.projection.ts';
import type { StoreRepository } from '../persistence/store.repository.ts';

/** What the use cases of the stores service work with; built once in module.ts. */
export interface StoresDeps {
  /** Write model: Store aggregates in the event store. */
  stores: StoreRepository;
  /** Write model: Product aggregates in the event store. */
  products: ProductRepository;
  /** Read model: the `stores` table. */
  storeProjection: StoreProjection;
  /** Read model: the `products` table. */
  productProjection: ProductProjection;
}

/**
 * Most rows a list query returns (GetStores, GetParticipatingStores, GetCatalog). The API has no paging, so the
 * answer is the first MAX_LIST_RESULTS by name: a bound on memory and message size (gRPC's 4 MB default).
 */
export const MAX_LIST_RESULTS = 1000;
