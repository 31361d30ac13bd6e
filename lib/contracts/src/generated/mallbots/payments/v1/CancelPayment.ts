// Original file: proto/mallbots/payments/v1/messages.proto

/**
 * Command (compensation of create-order saga step 3): the order will not be approved, so release its payment. A
 * payment confirmed for this order is refunded; one not confirmed yet is voided, so that a ConfirmPayment arriving
 * later (a command whose step timed out, redelivered) fails instead of taking the money. Reply:
 * mallbots.common.v1.Success, also when there is nothing to release (already canceled, unknown, or confirmed for
 * another order); Failure only for a malformed command (INVALID_ARGUMENT).
 */
export interface CancelPayment {
  /**
   * Payment id (UUID).
   */
  id?: string;
  /**
   * The order whose saga is compensating (UUID).
   */
  orderId?: string;
}

/**
 * Command (compensation of create-order saga step 3): the order will not be approved, so release its payment. A
 * payment confirmed for this order is refunded; one not confirmed yet is voided, so that a ConfirmPayment arriving
 * later (a command whose step timed out, redelivered) fails instead of taking the money. Reply:
 * mallbots.common.v1.Success, also when there is nothing to release (already canceled, unknown, or confirmed for
 * another order); Failure only for a malformed command (INVALID_ARGUMENT).
 */
export interface CancelPayment__Output {
  /**
   * Payment id (UUID).
   */
  id: string;
  /**
   * The order whose saga is compensating (UUID).
   */
  orderId: string;
}
