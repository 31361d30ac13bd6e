// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetProduct: `id` of the product.
 */
export interface GetProductRequest {
  id?: string;
}

/**
 * Input of GetProduct: `id` of the product.
 */
export interface GetProductRequest__Output {
  id: string;
}
