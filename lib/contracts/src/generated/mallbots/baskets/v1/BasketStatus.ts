// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Lifecycle of a basket: open -> canceled | checked_out.
 */
export const BasketStatus = {
  /**
   * Not set; never stored.
   */
  BASKET_STATUS_UNSPECIFIED: 'BASKET_STATUS_UNSPECIFIED',
  /**
   * Started; items can be added and removed.
   */
  BASKET_STATUS_OPEN: 'BASKET_STATUS_OPEN',
  /**
   * Cancelled by the customer.
   */
  BASKET_STATUS_CANCELED: 'BASKET_STATUS_CANCELED',
  /**
   * Checked out; an order was requested.
   */
  BASKET_STATUS_CHECKED_OUT: 'BASKET_STATUS_CHECKED_OUT',
} as const;

/**
 * Lifecycle of a basket: open -> canceled | checked_out.
 */
export type BasketStatus =
  /**
   * Not set; never stored.
   */
  | 'BASKET_STATUS_UNSPECIFIED'
  | 0
  /**
   * Started; items can be added and removed.
   */
  | 'BASKET_STATUS_OPEN'
  | 1
  /**
   * Cancelled by the customer.
   */
  | 'BASKET_STATUS_CANCELED'
  | 2
  /**
   * Checked out; an order was requested.
   */
  | 'BASKET_STATUS_CHECKED_OUT'
  | 3;

/**
 * Lifecycle of a basket: open -> canceled | checked_out.
 */
export type BasketStatus__Output = (typeof BasketStatus)[keyof typeof BasketStatus];
