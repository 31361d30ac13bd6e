// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Output of AuthorizeCustomer (empty: success means authorized).
 */
export interface AuthorizeCustomerResponse {}

/**
 * Output of AuthorizeCustomer (empty: success means authorized).
 */
export interface AuthorizeCustomerResponse__Output {}
