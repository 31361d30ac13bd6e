import type { EntityManager } from '@mallbots/db';
import type { StoredEvent } from '@mallbots/es';
import type { ProductEvent } from '../domain/product.ts';
import { ProductRecord } from './product.entity.ts';

/** A product as the queries see it. */
export interface ProductView {
  id: string;
  storeId: string;
  name: string;
  description: string;
  sku: string;
  price: number;
  version: number;
}

const view = (r: ProductView): ProductView => ({
  id: r.id,
  storeId: r.storeId,
  name: r.name,
  description: r.description,
  sku: r.sku,
  price: Number(r.price),
  version: r.version,
});

/**
 * The `products` projection (the catalogue). `apply` runs in the unit of work that appended the events, in
 * version order (see StoreProjection). Price events set the absolute price they carry (the original added the
 * delta, which drifts if one event is ever missed or applied twice); a removed product's row is deleted.
 */
export class ProductProjection {
  async apply(em: EntityManager, events: readonly StoredEvent<ProductEvent>[]): Promise<void> {
    for (const { streamId: id, version, event } of events) {
      switch (event.name) {
        case 'stores.ProductAdded':
          await em.insert(ProductRecord, {
            id,
            storeId: event.storeId,
            name: event.productName,
            description: event.description,
            sku: event.sku,
            price: event.price,
            version,
          });
          break;
        case 'stores.ProductRebranded':
          await this.#update(em, id, { name: event.productName, description: event.description, version });
          break;
        case 'stores.ProductPriceIncreased':
        case 'stores.ProductPriceDecreased':
          await this.#update(em, id, { price: event.price, version });
          break;
        case 'stores.ProductRemoved':
          await em.nativeDelete(ProductRecord, { id });
          break;
      }
    }
  }

  async #update(em: EntityManager, id: string, data: Partial<Omit<ProductView, 'id'>>): Promise<void> {
    const n = await em.nativeUpdate(ProductRecord, { id }, data);
    // A missing row means the projection diverged from the events: fail the whole unit of work (INTERNAL).
    if (n !== 1) throw new Error(`products projection has no row for product ${id}`);
  }

  async find(em: EntityManager, id: string): Promise<ProductView | undefined> {
    const row = await em.findOne(ProductRecord, { id });
    return row ? view(row) : undefined;
  }

  /** At most `limit` products of one store, ordered by name (then id). */
  async listByStore(em: EntityManager, storeId: string, limit: number): Promise<ProductView[]> {
    const rows = await em.find(ProductRecord, { storeId }, { orderBy: { name: 'asc', id: 'asc' }, limit });
    return rows.map(view);
  }
}
