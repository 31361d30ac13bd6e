// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Output of NotifyOrderCanceled (empty).
 */
export interface NotifyOrderCanceledResponse {}

/**
 * Output of NotifyOrderCanceled (empty).
 */
export interface NotifyOrderCanceledResponse__Output {}
