// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of GetCustomer: `id` of the customer.
 */
export interface GetCustomerRequest {
  id?: string;
}

/**
 * Input of GetCustomer: `id` of the customer.
 */
export interface GetCustomerRequest__Output {
  id: string;
}
