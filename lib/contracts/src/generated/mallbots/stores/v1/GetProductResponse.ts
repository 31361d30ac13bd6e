// Original file: proto/mallbots/stores/v1/api.proto

import type {
  Product as _mallbots_stores_v1_Product,
  Product__Output as _mallbots_stores_v1_Product__Output,
} from '../../../mallbots/stores/v1/Product.ts';

/**
 * Output of GetProduct.
 */
export interface GetProductResponse {
  product?: _mallbots_stores_v1_Product | null;
}

/**
 * Output of GetProduct.
 */
export interface GetProductResponse__Output {
  product: _mallbots_stores_v1_Product__Output | null;
}
