// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Input of CompensateSaga: `id` of a running saga; `reason` non-blank, at most 200 characters.
 */
export interface CompensateSagaRequest {
  id?: string;
  reason?: string;
}

/**
 * Input of CompensateSaga: `id` of a running saga; `reason` non-blank, at most 200 characters.
 */
export interface CompensateSagaRequest__Output {
  id: string;
  reason: string;
}
