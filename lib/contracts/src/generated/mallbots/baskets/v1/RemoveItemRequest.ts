// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of RemoveItem: `id` of an open basket; `product_id` a UUID; `quantity` 1 to 1000.
 */
export interface RemoveItemRequest {
  id?: string;
  productId?: string;
  quantity?: number;
}

/**
 * Input of RemoveItem: `id` of an open basket; `product_id` a UUID; `quantity` 1 to 1000.
 */
export interface RemoveItemRequest__Output {
  id: string;
  productId: string;
  quantity: number;
}
