// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Command (create-order saga compensation of step 0): reject a pending order; publishes OrderRejected. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND).
 */
export interface RejectOrder {
  /**
   * Order id (UUID).
   */
  id?: string;
}

/**
 * Command (create-order saga compensation of step 0): reject a pending order; publishes OrderRejected. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND).
 */
export interface RejectOrder__Output {
  /**
   * Order id (UUID).
   */
  id: string;
}
