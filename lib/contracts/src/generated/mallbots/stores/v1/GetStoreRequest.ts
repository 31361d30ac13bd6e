// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetStore: `id` of the store.
 */
export interface GetStoreRequest {
  id?: string;
}

/**
 * Input of GetStore: `id` of the store.
 */
export interface GetStoreRequest__Output {
  id: string;
}
