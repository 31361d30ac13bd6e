// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of EnableCustomer: `id` of an existing customer.
 */
export interface EnableCustomerRequest {
  id?: string;
}

/**
 * Input of EnableCustomer: `id` of an existing customer.
 */
export interface EnableCustomerRequest__Output {
  id: string;
}
