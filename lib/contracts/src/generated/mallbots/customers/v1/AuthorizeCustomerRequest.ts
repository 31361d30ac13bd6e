// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of AuthorizeCustomer: `id` of an existing customer.
 */
export interface AuthorizeCustomerRequest {
  id?: string;
}

/**
 * Input of AuthorizeCustomer: `id` of an existing customer.
 */
export interface AuthorizeCustomerRequest__Output {
  id: string;
}
