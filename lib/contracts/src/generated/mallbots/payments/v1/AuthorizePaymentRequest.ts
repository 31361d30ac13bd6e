// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of AuthorizePayment: `customer_id` a UUID; `amount` > 0.
 */
export interface AuthorizePaymentRequest {
  customerId?: string;
  amount?: number | string;
}

/**
 * Input of AuthorizePayment: `customer_id` a UUID; `amount` > 0.
 */
export interface AuthorizePaymentRequest__Output {
  customerId: string;
  amount: number;
}
