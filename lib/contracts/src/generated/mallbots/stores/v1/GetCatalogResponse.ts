// Original file: proto/mallbots/stores/v1/api.proto

import type {
  Product as _mallbots_stores_v1_Product,
  Product__Output as _mallbots_stores_v1_Product__Output,
} from '../../../mallbots/stores/v1/Product.ts';

/**
 * Output of GetCatalog.
 */
export interface GetCatalogResponse {
  products?: _mallbots_stores_v1_Product[];
}

/**
 * Output of GetCatalog.
 */
export interface GetCatalogResponse__Output {
  products: _mallbots_stores_v1_Product__Output[];
}
