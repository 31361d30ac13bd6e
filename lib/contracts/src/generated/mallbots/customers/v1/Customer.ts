// Original file: proto/mallbots/customers/v1/api.proto

/**
 * A registered customer.
 */
export interface Customer {
  /**
   * Customer id (UUID).
   */
  id?: string;
  /**
   * Customer name.
   */
  name?: string;
  /**
   * SMS number for order notifications (personal data: never log it).
   */
  smsNumber?: string;
  /**
   * Whether the customer may place orders.
   */
  enabled?: boolean;
}

/**
 * A registered customer.
 */
export interface Customer__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
  /**
   * Customer name.
   */
  name: string;
  /**
   * SMS number for order notifications (personal data: never log it).
   */
  smsNumber: string;
  /**
   * Whether the customer may place orders.
   */
  enabled: boolean;
}
