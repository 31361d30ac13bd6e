// Original file: proto/mallbots/payments/v1/messages.proto

/**
 * Command (create-order saga step 3): confirm an authorized payment for the order total. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND for an unknown payment,
 * FAILED_PRECONDITION when `amount` differs from the authorized amount by more than half a cent).
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
}

/**
 * Command (create-order saga step 3): confirm an authorized payment for the order total. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND for an unknown payment,
 * FAILED_PRECONDITION when `amount` differs from the authorized amount by more than half a cent).
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
}
