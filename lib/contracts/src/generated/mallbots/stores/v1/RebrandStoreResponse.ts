// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of RebrandStore (empty).
 */
export interface RebrandStoreResponse {}

/**
 * Output of RebrandStore (empty).
 */
export interface RebrandStoreResponse__Output {}
