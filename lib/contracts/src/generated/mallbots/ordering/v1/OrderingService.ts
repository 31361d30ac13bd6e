// Original file: proto/mallbots/ordering/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CancelOrderRequest as _mallbots_ordering_v1_CancelOrderRequest,
  CancelOrderRequest__Output as _mallbots_ordering_v1_CancelOrderRequest__Output,
} from '../../../mallbots/ordering/v1/CancelOrderRequest.ts';
import type {
  CancelOrderResponse as _mallbots_ordering_v1_CancelOrderResponse,
  CancelOrderResponse__Output as _mallbots_ordering_v1_CancelOrderResponse__Output,
} from '../../../mallbots/ordering/v1/CancelOrderResponse.ts';
import type {
  CompleteOrderRequest as _mallbots_ordering_v1_CompleteOrderRequest,
  CompleteOrderRequest__Output as _mallbots_ordering_v1_CompleteOrderRequest__Output,
} from '../../../mallbots/ordering/v1/CompleteOrderRequest.ts';
import type {
  CompleteOrderResponse as _mallbots_ordering_v1_CompleteOrderResponse,
  CompleteOrderResponse__Output as _mallbots_ordering_v1_CompleteOrderResponse__Output,
} from '../../../mallbots/ordering/v1/CompleteOrderResponse.ts';
import type {
  CreateOrderRequest as _mallbots_ordering_v1_CreateOrderRequest,
  CreateOrderRequest__Output as _mallbots_ordering_v1_CreateOrderRequest__Output,
} from '../../../mallbots/ordering/v1/CreateOrderRequest.ts';
import type {
  CreateOrderResponse as _mallbots_ordering_v1_CreateOrderResponse,
  CreateOrderResponse__Output as _mallbots_ordering_v1_CreateOrderResponse__Output,
} from '../../../mallbots/ordering/v1/CreateOrderResponse.ts';
import type {
  GetOrderRequest as _mallbots_ordering_v1_GetOrderRequest,
  GetOrderRequest__Output as _mallbots_ordering_v1_GetOrderRequest__Output,
} from '../../../mallbots/ordering/v1/GetOrderRequest.ts';
import type {
  GetOrderResponse as _mallbots_ordering_v1_GetOrderResponse,
  GetOrderResponse__Output as _mallbots_ordering_v1_GetOrderResponse__Output,
} from '../../../mallbots/ordering/v1/GetOrderResponse.ts';
import type {
  ReadyOrderRequest as _mallbots_ordering_v1_ReadyOrderRequest,
  ReadyOrderRequest__Output as _mallbots_ordering_v1_ReadyOrderRequest__Output,
} from '../../../mallbots/ordering/v1/ReadyOrderRequest.ts';
import type {
  ReadyOrderResponse as _mallbots_ordering_v1_ReadyOrderResponse,
  ReadyOrderResponse__Output as _mallbots_ordering_v1_ReadyOrderResponse__Output,
} from '../../../mallbots/ordering/v1/ReadyOrderResponse.ts';

/**
 * The order lifecycle: pending -> approved | rejected; approved -> ready -> completed; pending -> cancelled.
 */
export interface OrderingServiceClient extends grpc.Client {
  /**
   * Cancels a pending order and publishes OrderCanceled.
   */
  CancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Cancels a pending order and publishes OrderCanceled.
   */
  cancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelOrder(
    argument: _mallbots_ordering_v1_CancelOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CancelOrderResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Completes a ready order with its paid invoice and publishes OrderCompleted.
   */
  CompleteOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Completes a ready order with its paid invoice and publishes OrderCompleted.
   */
  completeOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeOrder(
    argument: _mallbots_ordering_v1_CompleteOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CompleteOrderResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Creates a pending order and publishes OrderCreated (which starts the create-order saga).
   */
  CreateOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Creates a pending order and publishes OrderCreated (which starts the create-order saga).
   */
  createOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  createOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  createOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  createOrder(
    argument: _mallbots_ordering_v1_CreateOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_CreateOrderResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one order.
   */
  GetOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one order.
   */
  getOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_ordering_v1_GetOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Marks an approved order ready for pickup and publishes OrderReadied (with the total).
   */
  ReadyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  ReadyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  ReadyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  ReadyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Marks an approved order ready for pickup and publishes OrderReadied (with the total).
   */
  readyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  readyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  readyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  readyOrder(
    argument: _mallbots_ordering_v1_ReadyOrderRequest,
    callback: grpc.requestCallback<_mallbots_ordering_v1_ReadyOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * The order lifecycle: pending -> approved | rejected; approved -> ready -> completed; pending -> cancelled.
 */
export interface OrderingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Cancels a pending order and publishes OrderCanceled.
   */
  CancelOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_CancelOrderRequest__Output, _mallbots_ordering_v1_CancelOrderResponse>;

  /**
   * Completes a ready order with its paid invoice and publishes OrderCompleted.
   */
  CompleteOrder: grpc.handleUnaryCall<
    _mallbots_ordering_v1_CompleteOrderRequest__Output,
    _mallbots_ordering_v1_CompleteOrderResponse
  >;

  /**
   * Creates a pending order and publishes OrderCreated (which starts the create-order saga).
   */
  CreateOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_CreateOrderRequest__Output, _mallbots_ordering_v1_CreateOrderResponse>;

  /**
   * Returns one order.
   */
  GetOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_GetOrderRequest__Output, _mallbots_ordering_v1_GetOrderResponse>;

  /**
   * Marks an approved order ready for pickup and publishes OrderReadied (with the total).
   */
  ReadyOrder: grpc.handleUnaryCall<_mallbots_ordering_v1_ReadyOrderRequest__Output, _mallbots_ordering_v1_ReadyOrderResponse>;
}

export interface OrderingServiceDefinition extends grpc.ServiceDefinition {
  CancelOrder: MethodDefinition<
    _mallbots_ordering_v1_CancelOrderRequest,
    _mallbots_ordering_v1_CancelOrderResponse,
    _mallbots_ordering_v1_CancelOrderRequest__Output,
    _mallbots_ordering_v1_CancelOrderResponse__Output
  >;
  CompleteOrder: MethodDefinition<
    _mallbots_ordering_v1_CompleteOrderRequest,
    _mallbots_ordering_v1_CompleteOrderResponse,
    _mallbots_ordering_v1_CompleteOrderRequest__Output,
    _mallbots_ordering_v1_CompleteOrderResponse__Output
  >;
  CreateOrder: MethodDefinition<
    _mallbots_ordering_v1_CreateOrderRequest,
    _mallbots_ordering_v1_CreateOrderResponse,
    _mallbots_ordering_v1_CreateOrderRequest__Output,
    _mallbots_ordering_v1_CreateOrderResponse__Output
  >;
  GetOrder: MethodDefinition<
    _mallbots_ordering_v1_GetOrderRequest,
    _mallbots_ordering_v1_GetOrderResponse,
    _mallbots_ordering_v1_GetOrderRequest__Output,
    _mallbots_ordering_v1_GetOrderResponse__Output
  >;
  ReadyOrder: MethodDefinition<
    _mallbots_ordering_v1_ReadyOrderRequest,
    _mallbots_ordering_v1_ReadyOrderResponse,
    _mallbots_ordering_v1_ReadyOrderRequest__Output,
    _mallbots_ordering_v1_ReadyOrderResponse__Output
  >;
}
