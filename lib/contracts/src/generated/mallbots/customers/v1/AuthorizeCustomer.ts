// Original file: proto/mallbots/customers/v1/messages.proto

/**
 * Command (create-order saga step 1): authorize the customer to place an order. Reply: mallbots.common.v1.Success,
 * or mallbots.common.v1.Failure with code NOT_FOUND (unknown customer) or PERMISSION_DENIED (customer disabled).
 */
export interface AuthorizeCustomer {
  /**
   * Customer id (UUID).
   */
  id?: string;
}

/**
 * Command (create-order saga step 1): authorize the customer to place an order. Reply: mallbots.common.v1.Success,
 * or mallbots.common.v1.Failure with code NOT_FOUND (unknown customer) or PERMISSION_DENIED (customer disabled).
 */
export interface AuthorizeCustomer__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
}
