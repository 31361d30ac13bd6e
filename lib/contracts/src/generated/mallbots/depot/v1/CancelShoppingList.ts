// Original file: proto/mallbots/depot/v1/messages.proto

/**
 * Command (create-order saga compensation of step 2, and on OrderCanceled): cancel a shopping list that is not
 * completed. Reply: mallbots.common.v1.Success (also if already cancelled), or mallbots.common.v1.Failure
 * (NOT_FOUND, FAILED_PRECONDITION if completed).
 */
export interface CancelShoppingList {
  /**
   * Shopping list id (UUID).
   */
  id?: string;
}

/**
 * Command (create-order saga compensation of step 2, and on OrderCanceled): cancel a shopping list that is not
 * completed. Reply: mallbots.common.v1.Success (also if already cancelled), or mallbots.common.v1.Failure
 * (NOT_FOUND, FAILED_PRECONDITION if completed).
 */
export interface CancelShoppingList__Output {
  /**
   * Shopping list id (UUID).
   */
  id: string;
}
