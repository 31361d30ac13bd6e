// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Output of NotifyOrderReady (empty).
 */
export interface NotifyOrderReadyResponse {}

/**
 * Output of NotifyOrderReady (empty).
 */
export interface NotifyOrderReadyResponse__Output {}
