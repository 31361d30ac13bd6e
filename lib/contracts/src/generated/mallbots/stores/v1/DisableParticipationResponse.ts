// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of DisableParticipation (empty).
 */
export interface DisableParticipationResponse {}

/**
 * Output of DisableParticipation (empty).
 */
export interface DisableParticipationResponse__Output {}
