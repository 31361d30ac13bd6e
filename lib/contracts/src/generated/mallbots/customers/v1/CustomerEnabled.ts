// Original file: proto/mallbots/customers/v1/messages.proto

/**
 * Published when a disabled customer is enabled again (EnableCustomer).
 */
export interface CustomerEnabled {
  /**
   * Customer id (UUID).
   */
  id?: string;
}

/**
 * Published when a disabled customer is enabled again (EnableCustomer).
 */
export interface CustomerEnabled__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
}
