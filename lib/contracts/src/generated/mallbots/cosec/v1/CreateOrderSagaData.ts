// Original file: proto/mallbots/cosec/v1/messages.proto

/**
 * An order line as far as the saga needs it.
 */
export interface _mallbots_cosec_v1_CreateOrderSagaData_Item {
  /**
   * Product id (UUID).
   */
  productId?: string;
  /**
   * Store id (UUID).
   */
  storeId?: string;
  /**
   * Unit price, >= 0.
   */
  price?: number | string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * An order line as far as the saga needs it.
 */
export interface _mallbots_cosec_v1_CreateOrderSagaData_Item__Output {
  /**
   * Product id (UUID).
   */
  productId: string;
  /**
   * Store id (UUID).
   */
  storeId: string;
  /**
   * Unit price, >= 0.
   */
  price: number;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}

/**
 * The stored data of one create-order saga instance (`cosec.sagas.data`; shown as JSON by GetSaga). Built from
 * OrderCreated when the saga starts; `shopping_id` is filled from depot's CreatedShoppingList reply.
 */
export interface CreateOrderSagaData {
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Authorized payment id (UUID).
   */
  paymentId?: string;
  /**
   * Shopping list id (UUID); blank until step 2 succeeded.
   */
  shoppingId?: string;
  /**
   * At least one line.
   */
  items?: _mallbots_cosec_v1_CreateOrderSagaData_Item[];
  /**
   * Sum of price * quantity over the items, recomputed by the saga; confirmed against the payment in step 3.
   */
  total?: number | string;
}

/**
 * The stored data of one create-order saga instance (`cosec.sagas.data`; shown as JSON by GetSaga). Built from
 * OrderCreated when the saga starts; `shopping_id` is filled from depot's CreatedShoppingList reply.
 */
export interface CreateOrderSagaData__Output {
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Authorized payment id (UUID).
   */
  paymentId: string;
  /**
   * Shopping list id (UUID); blank until step 2 succeeded.
   */
  shoppingId: string;
  /**
   * At least one line.
   */
  items: _mallbots_cosec_v1_CreateOrderSagaData_Item__Output[];
  /**
   * Sum of price * quantity over the items, recomputed by the saga; confirmed against the payment in step 3.
   */
  total: number;
}
