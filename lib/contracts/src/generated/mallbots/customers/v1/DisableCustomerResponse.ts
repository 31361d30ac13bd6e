// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Output of DisableCustomer (empty).
 */
export interface DisableCustomerResponse {}

/**
 * Output of DisableCustomer (empty).
 */
export interface DisableCustomerResponse__Output {}
