// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Output of RetrySaga (empty).
 */
export interface RetrySagaResponse {}

/**
 * Output of RetrySaga (empty).
 */
export interface RetrySagaResponse__Output {}
