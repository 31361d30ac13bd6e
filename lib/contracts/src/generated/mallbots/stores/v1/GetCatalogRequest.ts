// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetCatalog: `store_id` of the store (an unknown store has an empty catalogue).
 */
export interface GetCatalogRequest {
  storeId?: string;
}

/**
 * Input of GetCatalog: `store_id` of the store (an unknown store has an empty catalogue).
 */
export interface GetCatalogRequest__Output {
  storeId: string;
}
