// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Lifecycle of a shopping list.
 */
export const ShoppingListStatus = {
  /**
   * Not set; as a filter: any status.
   */
  SHOPPING_LIST_STATUS_UNSPECIFIED: 'SHOPPING_LIST_STATUS_UNSPECIFIED',
  /**
   * Created; the order is not approved yet.
   */
  SHOPPING_LIST_STATUS_PENDING: 'SHOPPING_LIST_STATUS_PENDING',
  /**
   * Waiting for a bot.
   */
  SHOPPING_LIST_STATUS_AVAILABLE: 'SHOPPING_LIST_STATUS_AVAILABLE',
  /**
   * Assigned to a bot.
   */
  SHOPPING_LIST_STATUS_ASSIGNED: 'SHOPPING_LIST_STATUS_ASSIGNED',
  /**
   * Being shopped.
   */
  SHOPPING_LIST_STATUS_ACTIVE: 'SHOPPING_LIST_STATUS_ACTIVE',
  /**
   * Shopped.
   */
  SHOPPING_LIST_STATUS_COMPLETED: 'SHOPPING_LIST_STATUS_COMPLETED',
  /**
   * Cancelled (order rejected or cancelled).
   */
  SHOPPING_LIST_STATUS_CANCELED: 'SHOPPING_LIST_STATUS_CANCELED',
} as const;

/**
 * Lifecycle of a shopping list.
 */
export type ShoppingListStatus =
  /**
   * Not set; as a filter: any status.
   */
  | 'SHOPPING_LIST_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created; the order is not approved yet.
   */
  | 'SHOPPING_LIST_STATUS_PENDING'
  | 1
  /**
   * Waiting for a bot.
   */
  | 'SHOPPING_LIST_STATUS_AVAILABLE'
  | 2
  /**
   * Assigned to a bot.
   */
  | 'SHOPPING_LIST_STATUS_ASSIGNED'
  | 3
  /**
   * Being shopped.
   */
  | 'SHOPPING_LIST_STATUS_ACTIVE'
  | 4
  /**
   * Shopped.
   */
  | 'SHOPPING_LIST_STATUS_COMPLETED'
  | 5
  /**
   * Cancelled (order rejected or cancelled).
   */
  | 'SHOPPING_LIST_STATUS_CANCELED'
  | 6;

/**
 * Lifecycle of a shopping list.
 */
export type ShoppingListStatus__Output = (typeof ShoppingListStatus)[keyof typeof ShoppingListStatus];
