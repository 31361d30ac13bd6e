// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Output of RegisterCustomer: the new customer's id.
 */
export interface RegisterCustomerResponse {
  id?: string;
}

/**
 * Output of RegisterCustomer: the new customer's id.
 */
export interface RegisterCustomerResponse__Output {
  id: string;
}
