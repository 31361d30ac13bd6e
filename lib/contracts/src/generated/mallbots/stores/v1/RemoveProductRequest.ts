// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of RemoveProduct: `id` of an existing product.
 */
export interface RemoveProductRequest {
  id?: string;
}

/**
 * Input of RemoveProduct: `id` of an existing product.
 */
export interface RemoveProductRequest__Output {
  id: string;
}
