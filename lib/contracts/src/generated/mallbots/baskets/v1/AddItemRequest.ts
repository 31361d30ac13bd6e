// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of AddItem: `id` of an open basket; `product_id` a UUID; `quantity` 1 to 1000.
 */
export interface AddItemRequest {
  id?: string;
  productId?: string;
  quantity?: number;
}

/**
 * Input of AddItem: `id` of an open basket; `product_id` a UUID; `quantity` 1 to 1000.
 */
export interface AddItemRequest__Output {
  id: string;
  productId: string;
  quantity: number;
}
