// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of ConfirmPayment: `id` of an authorized payment; `amount` equal to the authorized amount; `order_id`
 * optional (UUID): the order the payment pays for.
 */
export interface ConfirmPaymentRequest {
  id?: string;
  amount?: number | string;
  orderId?: string;
}

/**
 * Input of ConfirmPayment: `id` of an authorized payment; `amount` equal to the authorized amount; `order_id`
 * optional (UUID): the order the payment pays for.
 */
export interface ConfirmPaymentRequest__Output {
  id: string;
  amount: number;
  orderId: string;
}
