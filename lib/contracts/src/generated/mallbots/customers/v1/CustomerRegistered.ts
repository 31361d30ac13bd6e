// Original file: proto/mallbots/customers/v1/messages.proto

/**
 * Published when a customer registers (RegisterCustomer). Consumers: notifications (name + sms cache), search (name).
 */
export interface CustomerRegistered {
  /**
   * Customer id (UUID).
   */
  id?: string;
  /**
   * Non-blank customer name.
   */
  name?: string;
  /**
   * Non-blank SMS number (personal data: never log it).
   */
  smsNumber?: string;
}

/**
 * Published when a customer registers (RegisterCustomer). Consumers: notifications (name + sms cache), search (name).
 */
export interface CustomerRegistered__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
  /**
   * Non-blank customer name.
   */
  name: string;
  /**
   * Non-blank SMS number (personal data: never log it).
   */
  smsNumber: string;
}
