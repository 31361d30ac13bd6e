// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Input of InitiateShopping: `id` of a pending list.
 */
export interface InitiateShoppingRequest {
  id?: string;
}

/**
 * Input of InitiateShopping: `id` of a pending list.
 */
export interface InitiateShoppingRequest__Output {
  id: string;
}
