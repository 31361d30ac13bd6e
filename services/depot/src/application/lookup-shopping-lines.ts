/**
 * Names the lines of a shopping list: for every ordered product, its name and its store's name and location.
 * Starts from the caches (one query for both tables and the whole order, read by the caller); a miss, or a row
 * still missing a field, is fetched from stores over gRPC and written back to the cache with its version, so the
 * next order hits.
 * Errors: NOT_FOUND for a product or store that stores does not know (or a product removed from the catalogue);
 * INVALID_ARGUMENT when a line names a store that does not sell the product; UNAVAILABLE when stores is down.
 */
import { InvalidArgument, NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingLine } from '../domain/shopping-list.ts';
import type { CatalogCacheRepository, CatalogLookup } from '../persistence/catalog-cache.repository.ts';
import type { StoresPeer } from './stores-peer.ts';

export interface OrderLine {
  productId: string;
  storeId: string;
  quantity: number;
}

export interface CatalogDeps {
  cache: CatalogCacheRepository;
  stores: StoresPeer;
}

/** The distinct products and stores the lines name (what the cache look-up asks for). */
export function catalogIds(lines: readonly OrderLine[]): { productIds: string[]; storeIds: string[] } {
  return { productIds: [...new Set(lines.map((l) => l.productId))], storeIds: [...new Set(lines.map((l) => l.storeId))] };
}

/** `catalogue`: the caches' answer for `catalogIds(lines)` (`CatalogCacheRepository.lookupRead`, read by the caller). */
export async function lookupShoppingLines(
  deps: CatalogDeps,
  uow: UnitOfWork,
  lines: readonly OrderLine[],
  catalogue: CatalogLookup,
): Promise<ShoppingLine[]> {
  const { cache, stores } = deps;
  const { productIds, storeIds } = catalogIds(lines);
  const { products, stores: cachedStores } = catalogue;
  const productStores = new Map<string, { storeId: string; name: string }>();
  for (const productId of productIds) {
    const cached = products.get(productId);
    if (cached?.removed) throw new NotFound(`product ${productId} not found`);
    if (cached?.storeId && cached.name) {
      productStores.set(productId, { storeId: cached.storeId, name: cached.name });
      continue;
    }
    const p = await stores.getProduct(productId);
    await cache.upsertProduct(uow.em, { id: p.id, storeId: p.storeId, name: p.name, version: p.version });
    productStores.set(productId, { storeId: p.storeId, name: p.name });
  }

  lines.forEach((l, i) => {
    const sellerId = productStores.get(l.productId)!.storeId;
    if (sellerId !== l.storeId) {
      throw new InvalidArgument(
        `items[${i}].store_id: product ${l.productId} is sold by store ${sellerId}, not ${l.storeId}`,
        `items[${i}].store_id`,
      );
    }
  });

  const storeInfo = new Map<string, { name: string; location: string }>();
  for (const storeId of storeIds) {
    const cached = cachedStores.get(storeId);
    if (cached?.name && cached.location) {
      storeInfo.set(storeId, { name: cached.name, location: cached.location });
      continue;
    }
    const s = await stores.getStore(storeId);
    await cache.upsertStore(uow.em, { id: s.id, name: s.name, location: s.location, version: s.version });
    storeInfo.set(storeId, { name: s.name, location: s.location });
  }

  return lines.map((l) => {
    const product = productStores.get(l.productId)!;
    const store = storeInfo.get(l.storeId)!;
    return {
      storeId: l.storeId,
      storeName: store.name,
      storeLocation: store.location,
      productId: l.productId,
      productName: product.name,
      quantity: l.quantity,
    };
  });
}
