// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Output of NotifyOrderApproved (empty).
 */
export interface NotifyOrderApprovedResponse {}

/**
 * Output of NotifyOrderApproved (empty).
 */
export interface NotifyOrderApprovedResponse__Output {}
