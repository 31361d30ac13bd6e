// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Output of ChangeSmsNumber (empty).
 */
export interface ChangeSmsNumberResponse {}

/**
 * Output of ChangeSmsNumber (empty).
 */
export interface ChangeSmsNumberResponse__Output {}
