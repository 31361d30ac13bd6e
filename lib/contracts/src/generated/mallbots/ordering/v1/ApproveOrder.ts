// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Command (create-order saga step 5): approve a pending order; publishes OrderApproved. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND, FAILED_PRECONDITION if not pending).
 */
export interface ApproveOrder {
  /**
   * Order id (UUID).
   */
  id?: string;
  /**
   * Shopping list id created by depot (UUID).
   */
  shoppingId?: string;
}

/**
 * Command (create-order saga step 5): approve a pending order; publishes OrderApproved. Reply:
 * mallbots.common.v1.Success, or mallbots.common.v1.Failure (NOT_FOUND, FAILED_PRECONDITION if not pending).
 */
export interface ApproveOrder__Output {
  /**
   * Order id (UUID).
   */
  id: string;
  /**
   * Shopping list id created by depot (UUID).
   */
  shoppingId: string;
}
