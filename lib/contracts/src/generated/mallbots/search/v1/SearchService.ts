// Original file: proto/mallbots/search/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  GetOrderRequest as _mallbots_search_v1_GetOrderRequest,
  GetOrderRequest__Output as _mallbots_search_v1_GetOrderRequest__Output,
} from '../../../mallbots/search/v1/GetOrderRequest.ts';
import type {
  GetOrderResponse as _mallbots_search_v1_GetOrderResponse,
  GetOrderResponse__Output as _mallbots_search_v1_GetOrderResponse__Output,
} from '../../../mallbots/search/v1/GetOrderResponse.ts';
import type {
  SearchOrdersRequest as _mallbots_search_v1_SearchOrdersRequest,
  SearchOrdersRequest__Output as _mallbots_search_v1_SearchOrdersRequest__Output,
} from '../../../mallbots/search/v1/SearchOrdersRequest.ts';
import type {
  SearchOrdersResponse as _mallbots_search_v1_SearchOrdersResponse,
  SearchOrdersResponse__Output as _mallbots_search_v1_SearchOrdersResponse__Output,
} from '../../../mallbots/search/v1/SearchOrdersResponse.ts';

/**
 * Searches orders.
 */
export interface SearchServiceClient extends grpc.Client {
  /**
   * Returns one order of the read model.
   */
  GetOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one order of the read model.
   */
  getOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;
  getOrder(
    argument: _mallbots_search_v1_GetOrderRequest,
    callback: grpc.requestCallback<_mallbots_search_v1_GetOrderResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns the orders matching every given filter, newest first, one page at a time.
   */
  SearchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  SearchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  SearchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  SearchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns the orders matching every given filter, newest first, one page at a time.
   */
  searchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  searchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  searchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
  searchOrders(
    argument: _mallbots_search_v1_SearchOrdersRequest,
    callback: grpc.requestCallback<_mallbots_search_v1_SearchOrdersResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Searches orders.
 */
export interface SearchServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Returns one order of the read model.
   */
  GetOrder: grpc.handleUnaryCall<_mallbots_search_v1_GetOrderRequest__Output, _mallbots_search_v1_GetOrderResponse>;

  /**
   * Returns the orders matching every given filter, newest first, one page at a time.
   */
  SearchOrders: grpc.handleUnaryCall<_mallbots_search_v1_SearchOrdersRequest__Output, _mallbots_search_v1_SearchOrdersResponse>;
}

export interface SearchServiceDefinition extends grpc.ServiceDefinition {
  GetOrder: MethodDefinition<
    _mallbots_search_v1_GetOrderRequest,
    _mallbots_search_v1_GetOrderResponse,
    _mallbots_search_v1_GetOrderRequest__Output,
    _mallbots_search_v1_GetOrderResponse__Output
  >;
  SearchOrders: MethodDefinition<
    _mallbots_search_v1_SearchOrdersRequest,
    _mallbots_search_v1_SearchOrdersResponse,
    _mallbots_search_v1_SearchOrdersRequest__Output,
    _mallbots_search_v1_SearchOrdersResponse__Output
  >;
}
