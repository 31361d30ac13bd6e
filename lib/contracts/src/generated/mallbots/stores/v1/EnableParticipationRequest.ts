// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of EnableParticipation: `id` of an existing store.
 */
export interface EnableParticipationRequest {
  id?: string;
}

/**
 * Input of EnableParticipation: `id` of an existing store.
 */
export interface EnableParticipationRequest__Output {
  id: string;
}
