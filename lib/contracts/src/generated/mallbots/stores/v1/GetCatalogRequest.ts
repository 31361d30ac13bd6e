// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetCatalog: `store_id` of an existing store (NOT_FOUND otherwise).
 */
export interface GetCatalogRequest {
  storeId?: string;
}

/**
 * Input of GetCatalog: `store_id` of an existing store (NOT_FOUND otherwise).
 */
export interface GetCatalogRequest__Output {
  storeId: string;
}
