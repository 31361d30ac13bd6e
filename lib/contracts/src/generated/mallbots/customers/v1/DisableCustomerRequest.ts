// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of DisableCustomer: `id` of an existing customer.
 */
export interface DisableCustomerRequest {
  id?: string;
}

/**
 * Input of DisableCustomer: `id` of an existing customer.
 */
export interface DisableCustomerRequest__Output {
  id: string;
}
