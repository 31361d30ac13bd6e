// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Input of RetrySaga: `id` of a running, compensating or failed saga.
 */
export interface RetrySagaRequest {
  id?: string;
}

/**
 * Input of RetrySaga: `id` of a running, compensating or failed saga.
 */
export interface RetrySagaRequest__Output {
  id: string;
}
