// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of EnableParticipation (empty).
 */
export interface EnableParticipationResponse {}

/**
 * Output of EnableParticipation (empty).
 */
export interface EnableParticipationResponse__Output {}
