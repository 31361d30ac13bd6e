// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of CreateStore: the new store's id.
 */
export interface CreateStoreResponse {
  id?: string;
}

/**
 * Output of CreateStore: the new store's id.
 */
export interface CreateStoreResponse__Output {
  id: string;
}
