// Original file: proto/mallbots/payments/v1/messages.proto

/**
 * Command (create-order saga step 3): confirm an authorized payment for the order total. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND for an unknown payment,
 * FAILED_PRECONDITION when `amount` differs from the authorized amount by more than half a cent, when the payment
 * was canceled, or when it is already confirmed for another order). Confirming again for the same order succeeds
 * without a second effect.
 */
export interface ConfirmPayment {
  /**
   * Payment id (UUID).
   */
  id?: string;
  /**
   * The order total, >= 0.
   */
  amount?: number | string;
  /**
   * The order the payment pays for (UUID): the payment is bound to it, so it cannot pay for a second order and
   * CancelPayment of another order leaves it alone. Empty only in commands of create-order sagas of version 1.
   */
  orderId?: string;
}

/**
 * Command (create-order saga step 3): confirm an authorized payment for the order total. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND for an unknown payment,
 * FAILED_PRECONDITION when `amount` differs from the authorized amount by more than half a cent, when the payment
 * was canceled, or when it is already confirmed for another order). Confirming again for the same order succeeds
 * without a second effect.
 */
export interface ConfirmPayment__Output {
  /**
   * Payment id (UUID).
   */
  id: string;
  /**
   * The order total, >= 0.
   */
  amount: number;
  /**
   * The order the payment pays for (UUID): the payment is bound to it, so it cannot pay for a second order and
   * CancelPayment of another order leaves it alone. Empty only in commands of create-order sagas of version 1.
   */
  orderId: string;
}
