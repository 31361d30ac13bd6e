// Original file: proto/mallbots/depot/v1/messages.proto

/**
 * Reply to CreateShoppingList with outcome SUCCESS: the id of the new (or already existing) list.
 */
export interface CreatedShoppingList {
  /**
   * Shopping list id (UUID).
   */
  id?: string;
}

/**
 * Reply to CreateShoppingList with outcome SUCCESS: the id of the new (or already existing) list.
 */
export interface CreatedShoppingList__Output {
  /**
   * Shopping list id (UUID).
   */
  id: string;
}
