// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of AddProduct: the new product's id.
 */
export interface AddProductResponse {
  id?: string;
}

/**
 * Output of AddProduct: the new product's id.
 */
export interface AddProductResponse__Output {
  id: string;
}
