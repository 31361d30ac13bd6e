// Original file: proto/mallbots/depot/v1/messages.proto

/**
 * Command (create-order saga step 4): make a pending shopping list available to the bots. Reply:
 * mallbots.common.v1.Success (also if already available), or mallbots.common.v1.Failure (NOT_FOUND,
 * FAILED_PRECONDITION).
 */
export interface InitiateShopping {
  /**
   * Shopping list id (UUID).
   */
  id?: string;
}

/**
 * Command (create-order saga step 4): make a pending shopping list available to the bots. Reply:
 * mallbots.common.v1.Success (also if already available), or mallbots.common.v1.Failure (NOT_FOUND,
 * FAILED_PRECONDITION).
 */
export interface InitiateShopping__Output {
  /**
   * Shopping list id (UUID).
   */
  id: string;
}
