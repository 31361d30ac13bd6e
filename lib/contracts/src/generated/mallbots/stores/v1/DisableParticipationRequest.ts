// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of DisableParticipation: `id` of an existing store.
 */
export interface DisableParticipationRequest {
  id?: string;
}

/**
 * Input of DisableParticipation: `id` of an existing store.
 */
export interface DisableParticipationRequest__Output {
  id: string;
}
