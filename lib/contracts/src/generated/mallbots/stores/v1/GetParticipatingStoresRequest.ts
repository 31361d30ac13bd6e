// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of GetParticipatingStores (no filter).
 */
export interface GetParticipatingStoresRequest {}

/**
 * Input of GetParticipatingStores (no filter).
 */
export interface GetParticipatingStoresRequest__Output {}
