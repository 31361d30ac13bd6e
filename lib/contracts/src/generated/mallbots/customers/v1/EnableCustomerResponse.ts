// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Output of EnableCustomer (empty).
 */
export interface EnableCustomerResponse {}

/**
 * Output of EnableCustomer (empty).
 */
export interface EnableCustomerResponse__Output {}
