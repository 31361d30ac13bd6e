// Original file: proto/mallbots/customers/v1/api.proto

import type {
  Customer as _mallbots_customers_v1_Customer,
  Customer__Output as _mallbots_customers_v1_Customer__Output,
} from '../../../mallbots/customers/v1/Customer.ts';

/**
 * Output of GetCustomer.
 */
export interface GetCustomerResponse {
  customer?: _mallbots_customers_v1_Customer | null;
}

/**
 * Output of GetCustomer.
 */
export interface GetCustomerResponse__Output {
  customer: _mallbots_customers_v1_Customer__Output | null;
}
