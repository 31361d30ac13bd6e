// Original file: proto/mallbots/customers/v1/messages.proto

/**
 * Published when a customer is disabled (DisableCustomer); a disabled customer cannot place orders.
 */
export interface CustomerDisabled {
  /**
   * Customer id (UUID).
   */
  id?: string;
}

/**
 * Published when a customer is disabled (DisableCustomer); a disabled customer cannot place orders.
 */
export interface CustomerDisabled__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
}
