// Original file: proto/mallbots/baskets/v1/messages.proto

/**
 * A basket line, with the names and the price snapshotted when the item was added.
 */
export interface _mallbots_baskets_v1_BasketCheckedOut_Item {
  /**
   * Store id (UUID).
   */
  storeId?: string;
  /**
   * Product id (UUID).
   */
  productId?: string;
  /**
   * Store name at add time.
   */
  storeName?: string;
  /**
   * Product name at add time.
   */
  productName?: string;
  /**
   * Unit price at add time, >= 0.
   */
  price?: number | string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * A basket line, with the names and the price snapshotted when the item was added.
 */
export interface _mallbots_baskets_v1_BasketCheckedOut_Item__Output {
  /**
   * Store id (UUID).
   */
  storeId: string;
  /**
   * Product id (UUID).
   */
  productId: string;
  /**
   * Store name at add time.
   */
  storeName: string;
  /**
   * Product name at add time.
   */
  productName: string;
  /**
   * Unit price at add time, >= 0.
   */
  price: number;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}

/**
 * Published when an open basket with at least one item is checked out (CheckoutBasket). Consumer: ordering, which
 * creates the order with id = basket id.
 */
export interface BasketCheckedOut {
  /**
   * Basket id (UUID); becomes the order id.
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Id of the payment the customer authorized (UUID).
   */
  paymentId?: string;
  /**
   * At least one line, one per product.
   */
  items?: _mallbots_baskets_v1_BasketCheckedOut_Item[];
}

/**
 * Published when an open basket with at least one item is checked out (CheckoutBasket). Consumer: ordering, which
 * creates the order with id = basket id.
 */
export interface BasketCheckedOut__Output {
  /**
   * Basket id (UUID); becomes the order id.
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Id of the payment the customer authorized (UUID).
   */
  paymentId: string;
  /**
   * At least one line, one per product.
   */
  items: _mallbots_baskets_v1_BasketCheckedOut_Item__Output[];
}
