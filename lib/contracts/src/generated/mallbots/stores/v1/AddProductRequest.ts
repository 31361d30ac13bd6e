// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of AddProduct: `store_id` a UUID; `name` non-blank, at most 200 characters; `description` at most 2000;
 * `sku` at most 200; `price` finite, 0 to 1,000,000,000.
 */
export interface AddProductRequest {
  storeId?: string;
  name?: string;
  description?: string;
  sku?: string;
  price?: number | string;
}

/**
 * Input of AddProduct: `store_id` a UUID; `name` non-blank, at most 200 characters; `description` at most 2000;
 * `sku` at most 200; `price` finite, 0 to 1,000,000,000.
 */
export interface AddProductRequest__Output {
  storeId: string;
  name: string;
  description: string;
  sku: string;
  price: number;
}
