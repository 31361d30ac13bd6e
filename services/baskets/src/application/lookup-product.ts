/**
 * Price lookup at add time: the local catalogue cache first, stores over gRPC on a miss.
 *
 * A product counts as a miss when it has no cache row or its row is still incomplete (an event about it arrived
 * before ProductAdded). The answer from stores is merged into the cache with its aggregate version, so a later
 * event with a newer version still wins and an older one is still ignored. A removed product is never sold again
 * (removal is final in stores), so it is not looked up remotely: NOT_FOUND, like an unknown product.
 */
import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { CatalogueProduct } from '../domain/basket.ts';
import type { CachedProduct, CatalogueCache } from '../persistence/catalogue-cache.ts';

export interface RemoteProduct {
  id: string;
  storeId: string;
  name: string;
  price: number;
  version: number;
}

export interface RemoteStore {
  id: string;
  name: string;
  version: number;
}

/** The stores service as the lookup needs it. `undefined` means stores does not know the id. */
export interface StoresCatalogue {
  getProduct(id: string): Promise<RemoteProduct | undefined>;
  getStore(id: string): Promise<RemoteStore | undefined>;
}

type KnownProduct = { storeId: string; name: string; price: number };

function known(p: CachedProduct | undefined): KnownProduct | undefined {
  if (!p || p.removed || p.storeId === null || p.name === null || p.price === null) return undefined;
  return { storeId: p.storeId, name: p.name, price: p.price };
}

const productNotFound = (id: string): NotFound => new NotFound(`product ${id} was not found`);

/** The caches' rows for a product and its store's name, as the caller read them. */
export interface PrefetchedProduct {
  product: CachedProduct | undefined;
  storeName: string | undefined;
}

async function findProduct(
  cache: CatalogueCache,
  stores: StoresCatalogue,
  uow: UnitOfWork,
  productId: string,
  prefetched: PrefetchedProduct,
): Promise<KnownProduct> {
  const cached = prefetched.product;
  if (cached?.removed) throw productNotFound(productId);
  const hit = known(cached);
  if (hit) return hit;

  const remote = await stores.getProduct(productId);
  if (!remote) throw productNotFound(productId);
  await cache.upsertProduct(uow.em, {
    id: productId,
    version: remote.version,
    storeId: remote.storeId,
    name: remote.name,
    price: remote.price,
  });
  // Prefer the merged row: it holds whatever is newest of the answer and the events. It can still be incomplete
  // when stores answered with an older version than a partial event already cached; the answer is then the
  // freshest complete state there is.
  const merged = await cache.findProduct(uow.em, productId);
  if (merged?.removed) throw productNotFound(productId);
  return known(merged) ?? { storeId: remote.storeId, name: remote.name, price: remote.price };
}

async function findStoreName(
  cache: CatalogueCache,
  stores: StoresCatalogue,
  uow: UnitOfWork,
  storeId: string,
  prefetched: string | undefined,
): Promise<string> {
  if (prefetched !== undefined) return prefetched;
  const cached = await cache.findStore(uow.em, storeId);
  if (cached) return cached.name;
  const remote = await stores.getStore(storeId);
  if (!remote) throw new NotFound(`store ${storeId} was not found`);
  await cache.upsertStore(uow.em, { id: storeId, name: remote.name, version: remote.version });
  return remote.name;
}

/**
 * The product's store, names and current price; NOT_FOUND for an unknown or removed product, UNAVAILABLE if stores
 * is down on a miss. `prefetched`: the caches' rows (`CatalogueCache.productWithStoreRead`, read by the caller).
 */
export async function lookupProduct(
  cache: CatalogueCache,
  stores: StoresCatalogue,
  uow: UnitOfWork,
  productId: string,
  prefetched: PrefetchedProduct,
): Promise<CatalogueProduct> {
  const product = await findProduct(cache, stores, uow, productId, prefetched);
  // the prefetched store name belongs to the cached product's store (a product never changes store)
  const known = prefetched.product?.storeId === product.storeId ? prefetched.storeName : undefined;
  const storeName = await findStoreName(cache, stores, uow, product.storeId, known);
  return { storeId: product.storeId, productId, storeName, productName: product.name, price: product.price };
}
