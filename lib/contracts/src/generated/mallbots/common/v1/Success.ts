// Original file: proto/mallbots/common/v1/replies.proto

/**
 * Reply with outcome SUCCESS: the participant applied the command (or had already applied it: handlers are
 * idempotent). Sent on the command's reply channel; carries nothing.
 */
export interface Success {}

/**
 * Reply with outcome SUCCESS: the participant applied the command (or had already applied it: handlers are
 * idempotent). Sent on the command's reply channel; carries nothing.
 */
export interface Success__Output {}
