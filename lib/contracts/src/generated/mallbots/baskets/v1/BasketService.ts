// Original file: proto/mallbots/baskets/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  AddItemRequest as _mallbots_baskets_v1_AddItemRequest,
  AddItemRequest__Output as _mallbots_baskets_v1_AddItemRequest__Output,
} from '../../../mallbots/baskets/v1/AddItemRequest.ts';
import type {
  AddItemResponse as _mallbots_baskets_v1_AddItemResponse,
  AddItemResponse__Output as _mallbots_baskets_v1_AddItemResponse__Output,
} from '../../../mallbots/baskets/v1/AddItemResponse.ts';
import type {
  CancelBasketRequest as _mallbots_baskets_v1_CancelBasketRequest,
  CancelBasketRequest__Output as _mallbots_baskets_v1_CancelBasketRequest__Output,
} from '../../../mallbots/baskets/v1/CancelBasketRequest.ts';
import type {
  CancelBasketResponse as _mallbots_baskets_v1_CancelBasketResponse,
  CancelBasketResponse__Output as _mallbots_baskets_v1_CancelBasketResponse__Output,
} from '../../../mallbots/baskets/v1/CancelBasketResponse.ts';
import type {
  CheckoutBasketRequest as _mallbots_baskets_v1_CheckoutBasketRequest,
  CheckoutBasketRequest__Output as _mallbots_baskets_v1_CheckoutBasketRequest__Output,
} from '../../../mallbots/baskets/v1/CheckoutBasketRequest.ts';
import type {
  CheckoutBasketResponse as _mallbots_baskets_v1_CheckoutBasketResponse,
  CheckoutBasketResponse__Output as _mallbots_baskets_v1_CheckoutBasketResponse__Output,
} from '../../../mallbots/baskets/v1/CheckoutBasketResponse.ts';
import type {
  GetBasketRequest as _mallbots_baskets_v1_GetBasketRequest,
  GetBasketRequest__Output as _mallbots_baskets_v1_GetBasketRequest__Output,
} from '../../../mallbots/baskets/v1/GetBasketRequest.ts';
import type {
  GetBasketResponse as _mallbots_baskets_v1_GetBasketResponse,
  GetBasketResponse__Output as _mallbots_baskets_v1_GetBasketResponse__Output,
} from '../../../mallbots/baskets/v1/GetBasketResponse.ts';
import type {
  RemoveItemRequest as _mallbots_baskets_v1_RemoveItemRequest,
  RemoveItemRequest__Output as _mallbots_baskets_v1_RemoveItemRequest__Output,
} from '../../../mallbots/baskets/v1/RemoveItemRequest.ts';
import type {
  RemoveItemResponse as _mallbots_baskets_v1_RemoveItemResponse,
  RemoveItemResponse__Output as _mallbots_baskets_v1_RemoveItemResponse__Output,
} from '../../../mallbots/baskets/v1/RemoveItemResponse.ts';
import type {
  StartBasketRequest as _mallbots_baskets_v1_StartBasketRequest,
  StartBasketRequest__Output as _mallbots_baskets_v1_StartBasketRequest__Output,
} from '../../../mallbots/baskets/v1/StartBasketRequest.ts';
import type {
  StartBasketResponse as _mallbots_baskets_v1_StartBasketResponse,
  StartBasketResponse__Output as _mallbots_baskets_v1_StartBasketResponse__Output,
} from '../../../mallbots/baskets/v1/StartBasketResponse.ts';

/**
 * Kiosk baskets: start, fill, cancel, check out.
 */
export interface BasketServiceClient extends grpc.Client {
  /**
   * Adds a quantity of a product; its store, names and price are looked up now (cache, then stores) and kept.
   * A repeated add sums the quantities. NOT_FOUND if the product is unknown.
   */
  AddItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  AddItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  AddItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  AddItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Adds a quantity of a product; its store, names and price are looked up now (cache, then stores) and kept.
   * A repeated add sums the quantities. NOT_FOUND if the product is unknown.
   */
  addItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  addItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  addItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  addItem(
    argument: _mallbots_baskets_v1_AddItemRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_AddItemResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Cancels an open basket (its items are cleared) and publishes BasketCanceled.
   */
  CancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Cancels an open basket (its items are cleared) and publishes BasketCanceled.
   */
  cancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelBasket(
    argument: _mallbots_baskets_v1_CancelBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CancelBasketResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Checks out an open basket with at least one item (FAILED_PRECONDITION otherwise) and publishes BasketCheckedOut.
   */
  CheckoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CheckoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CheckoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  CheckoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Checks out an open basket with at least one item (FAILED_PRECONDITION otherwise) and publishes BasketCheckedOut.
   */
  checkoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  checkoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  checkoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  checkoutBasket(
    argument: _mallbots_baskets_v1_CheckoutBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_CheckoutBasketResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one basket.
   */
  GetBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one basket.
   */
  getBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  getBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  getBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  getBasket(
    argument: _mallbots_baskets_v1_GetBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_GetBasketResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Removes a quantity of a product; the line disappears when its quantity drops to zero or below. No-op if the
   * product is not in the basket.
   */
  RemoveItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  RemoveItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  RemoveItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  RemoveItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Removes a quantity of a product; the line disappears when its quantity drops to zero or below. No-op if the
   * product is not in the basket.
   */
  removeItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  removeItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  removeItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;
  removeItem(
    argument: _mallbots_baskets_v1_RemoveItemRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_RemoveItemResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Starts an open basket for a customer and publishes BasketStarted.
   */
  StartBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  StartBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  StartBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  StartBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Starts an open basket for a customer and publishes BasketStarted.
   */
  startBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  startBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  startBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
  startBasket(
    argument: _mallbots_baskets_v1_StartBasketRequest,
    callback: grpc.requestCallback<_mallbots_baskets_v1_StartBasketResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Kiosk baskets: start, fill, cancel, check out.
 */
export interface BasketServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds a quantity of a product; its store, names and price are looked up now (cache, then stores) and kept.
   * A repeated add sums the quantities. NOT_FOUND if the product is unknown.
   */
  AddItem: grpc.handleUnaryCall<_mallbots_baskets_v1_AddItemRequest__Output, _mallbots_baskets_v1_AddItemResponse>;

  /**
   * Cancels an open basket (its items are cleared) and publishes BasketCanceled.
   */
  CancelBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_CancelBasketRequest__Output, _mallbots_baskets_v1_CancelBasketResponse>;

  /**
   * Checks out an open basket with at least one item (FAILED_PRECONDITION otherwise) and publishes BasketCheckedOut.
   */
  CheckoutBasket: grpc.handleUnaryCall<
    _mallbots_baskets_v1_CheckoutBasketRequest__Output,
    _mallbots_baskets_v1_CheckoutBasketResponse
  >;

  /**
   * Returns one basket.
   */
  GetBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_GetBasketRequest__Output, _mallbots_baskets_v1_GetBasketResponse>;

  /**
   * Removes a quantity of a product; the line disappears when its quantity drops to zero or below. No-op if the
   * product is not in the basket.
   */
  RemoveItem: grpc.handleUnaryCall<_mallbots_baskets_v1_RemoveItemRequest__Output, _mallbots_baskets_v1_RemoveItemResponse>;

  /**
   * Starts an open basket for a customer and publishes BasketStarted.
   */
  StartBasket: grpc.handleUnaryCall<_mallbots_baskets_v1_StartBasketRequest__Output, _mallbots_baskets_v1_StartBasketResponse>;
}

export interface BasketServiceDefinition extends grpc.ServiceDefinition {
  AddItem: MethodDefinition<
    _mallbots_baskets_v1_AddItemRequest,
    _mallbots_baskets_v1_AddItemResponse,
    _mallbots_baskets_v1_AddItemRequest__Output,
    _mallbots_baskets_v1_AddItemResponse__Output
  >;
  CancelBasket: MethodDefinition<
    _mallbots_baskets_v1_CancelBasketRequest,
    _mallbots_baskets_v1_CancelBasketResponse,
    _mallbots_baskets_v1_CancelBasketRequest__Output,
    _mallbots_baskets_v1_CancelBasketResponse__Output
  >;
  CheckoutBasket: MethodDefinition<
    _mallbots_baskets_v1_CheckoutBasketRequest,
    _mallbots_baskets_v1_CheckoutBasketResponse,
    _mallbots_baskets_v1_CheckoutBasketRequest__Output,
    _mallbots_baskets_v1_CheckoutBasketResponse__Output
  >;
  GetBasket: MethodDefinition<
    _mallbots_baskets_v1_GetBasketRequest,
    _mallbots_baskets_v1_GetBasketResponse,
    _mallbots_baskets_v1_GetBasketRequest__Output,
    _mallbots_baskets_v1_GetBasketResponse__Output
  >;
  RemoveItem: MethodDefinition<
    _mallbots_baskets_v1_RemoveItemRequest,
    _mallbots_baskets_v1_RemoveItemResponse,
    _mallbots_baskets_v1_RemoveItemRequest__Output,
    _mallbots_baskets_v1_RemoveItemResponse__Output
  >;
  StartBasket: MethodDefinition<
    _mallbots_baskets_v1_StartBasketRequest,
    _mallbots_baskets_v1_StartBasketResponse,
    _mallbots_baskets_v1_StartBasketRequest__Output,
    _mallbots_baskets_v1_StartBasketResponse__Output
  >;
}
