// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Output of CompensateSaga (empty).
 */
export interface CompensateSagaResponse {}

/**
 * Output of CompensateSaga (empty).
 */
export interface CompensateSagaResponse__Output {}
