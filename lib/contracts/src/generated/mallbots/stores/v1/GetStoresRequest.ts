// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetStores (no filter).
 */
export interface GetStoresRequest {}

/**
 * Input of GetStores (no filter).
 */
export interface GetStoresRequest__Output {}
