// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of RebrandProduct (empty).
 */
export interface RebrandProductResponse {}

/**
 * Output of RebrandProduct (empty).
 */
export interface RebrandProductResponse__Output {}
