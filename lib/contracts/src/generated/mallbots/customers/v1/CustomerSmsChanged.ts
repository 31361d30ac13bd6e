// Original file: proto/mallbots/customers/v1/messages.proto

/**
 * Published when a customer changes their SMS number (ChangeSmsNumber). Consumers: notifications.
 */
export interface CustomerSmsChanged {
  /**
   * Customer id (UUID).
   */
  id?: string;
  /**
   * The new, non-blank SMS number (personal data: never log it).
   */
  smsNumber?: string;
}

/**
 * Published when a customer changes their SMS number (ChangeSmsNumber). Consumers: notifications.
 */
export interface CustomerSmsChanged__Output {
  /**
   * Customer id (UUID).
   */
  id: string;
  /**
   * The new, non-blank SMS number (personal data: never log it).
   */
  smsNumber: string;
}
