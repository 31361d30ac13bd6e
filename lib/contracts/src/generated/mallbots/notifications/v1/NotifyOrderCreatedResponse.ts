// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Output of NotifyOrderCreated (empty).
 */
export interface NotifyOrderCreatedResponse {}

/**
 * Output of NotifyOrderCreated (empty).
 */
export interface NotifyOrderCreatedResponse__Output {}
