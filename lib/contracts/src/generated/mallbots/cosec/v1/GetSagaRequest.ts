// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Input of GetSaga: `id` of the saga.
 */
export interface GetSagaRequest {
  id?: string;
}

/**
 * Input of GetSaga: `id` of the saga.
 */
export interface GetSagaRequest__Output {
  id: string;
}
