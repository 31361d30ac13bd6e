// Original file: proto/mallbots/depot/v1/messages.proto

/**
 * Published when a bot completed a shopping list (CompleteShoppingList). Consumer: ordering (readies the order).
 */
export interface ShoppingListCompleted {
  /**
   * Shopping list id (UUID).
   */
  id?: string;
  /**
   * Order id (UUID).
   */
  orderId?: string;
}

/**
 * Published when a bot completed a shopping list (CompleteShoppingList). Consumer: ordering (readies the order).
 */
export interface ShoppingListCompleted__Output {
  /**
   * Shopping list id (UUID).
   */
  id: string;
  /**
   * Order id (UUID).
   */
  orderId: string;
}
