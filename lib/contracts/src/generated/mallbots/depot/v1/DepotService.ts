// Original file: proto/mallbots/depot/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  AssignShoppingListRequest as _mallbots_depot_v1_AssignShoppingListRequest,
  AssignShoppingListRequest__Output as _mallbots_depot_v1_AssignShoppingListRequest__Output,
} from '../../../mallbots/depot/v1/AssignShoppingListRequest.ts';
import type {
  AssignShoppingListResponse as _mallbots_depot_v1_AssignShoppingListResponse,
  AssignShoppingListResponse__Output as _mallbots_depot_v1_AssignShoppingListResponse__Output,
} from '../../../mallbots/depot/v1/AssignShoppingListResponse.ts';
import type {
  CancelShoppingListRequest as _mallbots_depot_v1_CancelShoppingListRequest,
  CancelShoppingListRequest__Output as _mallbots_depot_v1_CancelShoppingListRequest__Output,
} from '../../../mallbots/depot/v1/CancelShoppingListRequest.ts';
import type {
  CancelShoppingListResponse as _mallbots_depot_v1_CancelShoppingListResponse,
  CancelShoppingListResponse__Output as _mallbots_depot_v1_CancelShoppingListResponse__Output,
} from '../../../mallbots/depot/v1/CancelShoppingListResponse.ts';
import type {
  CompleteShoppingListRequest as _mallbots_depot_v1_CompleteShoppingListRequest,
  CompleteShoppingListRequest__Output as _mallbots_depot_v1_CompleteShoppingListRequest__Output,
} from '../../../mallbots/depot/v1/CompleteShoppingListRequest.ts';
import type {
  CompleteShoppingListResponse as _mallbots_depot_v1_CompleteShoppingListResponse,
  CompleteShoppingListResponse__Output as _mallbots_depot_v1_CompleteShoppingListResponse__Output,
} from '../../../mallbots/depot/v1/CompleteShoppingListResponse.ts';
import type {
  CreateShoppingListRequest as _mallbots_depot_v1_CreateShoppingListRequest,
  CreateShoppingListRequest__Output as _mallbots_depot_v1_CreateShoppingListRequest__Output,
} from '../../../mallbots/depot/v1/CreateShoppingListRequest.ts';
import type {
  CreateShoppingListResponse as _mallbots_depot_v1_CreateShoppingListResponse,
  CreateShoppingListResponse__Output as _mallbots_depot_v1_CreateShoppingListResponse__Output,
} from '../../../mallbots/depot/v1/CreateShoppingListResponse.ts';
import type {
  GetShoppingListRequest as _mallbots_depot_v1_GetShoppingListRequest,
  GetShoppingListRequest__Output as _mallbots_depot_v1_GetShoppingListRequest__Output,
} from '../../../mallbots/depot/v1/GetShoppingListRequest.ts';
import type {
  GetShoppingListResponse as _mallbots_depot_v1_GetShoppingListResponse,
  GetShoppingListResponse__Output as _mallbots_depot_v1_GetShoppingListResponse__Output,
} from '../../../mallbots/depot/v1/GetShoppingListResponse.ts';
import type {
  InitiateShoppingRequest as _mallbots_depot_v1_InitiateShoppingRequest,
  InitiateShoppingRequest__Output as _mallbots_depot_v1_InitiateShoppingRequest__Output,
} from '../../../mallbots/depot/v1/InitiateShoppingRequest.ts';
import type {
  InitiateShoppingResponse as _mallbots_depot_v1_InitiateShoppingResponse,
  InitiateShoppingResponse__Output as _mallbots_depot_v1_InitiateShoppingResponse__Output,
} from '../../../mallbots/depot/v1/InitiateShoppingResponse.ts';
import type {
  ListShoppingListsRequest as _mallbots_depot_v1_ListShoppingListsRequest,
  ListShoppingListsRequest__Output as _mallbots_depot_v1_ListShoppingListsRequest__Output,
} from '../../../mallbots/depot/v1/ListShoppingListsRequest.ts';
import type {
  ListShoppingListsResponse as _mallbots_depot_v1_ListShoppingListsResponse,
  ListShoppingListsResponse__Output as _mallbots_depot_v1_ListShoppingListsResponse__Output,
} from '../../../mallbots/depot/v1/ListShoppingListsResponse.ts';

/**
 * Shopping lists: pending -> available (InitiateShopping) -> assigned -> completed; cancel from any but completed.
 */
export interface DepotServiceClient extends grpc.Client {
  /**
   * Assigns an available shopping list to a bot.
   */
  AssignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  AssignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  AssignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  AssignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Assigns an available shopping list to a bot.
   */
  assignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  assignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  assignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  assignShoppingList(
    argument: _mallbots_depot_v1_AssignShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Cancels a pending, available, assigned or active shopping list.
   */
  CancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Cancels a pending, available, assigned or active shopping list.
   */
  cancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelShoppingList(
    argument: _mallbots_depot_v1_CancelShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Completes an assigned shopping list and publishes ShoppingListCompleted.
   */
  CompleteShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompleteShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Completes an assigned shopping list and publishes ShoppingListCompleted.
   */
  completeShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  completeShoppingList(
    argument: _mallbots_depot_v1_CompleteShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Creates a pending shopping list for an order; store and product names are looked up (cache, then stores),
   * NOT_FOUND for an unknown store or product.
   */
  CreateShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Creates a pending shopping list for an order; store and product names are looked up (cache, then stores),
   * NOT_FOUND for an unknown store or product.
   */
  createShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  createShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  createShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  createShoppingList(
    argument: _mallbots_depot_v1_CreateShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one shopping list.
   */
  GetShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one shopping list.
   */
  getShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  getShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  getShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;
  getShoppingList(
    argument: _mallbots_depot_v1_GetShoppingListRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Makes a pending shopping list available to the bots.
   */
  InitiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  InitiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  InitiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  InitiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Makes a pending shopping list available to the bots.
   */
  initiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  initiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  initiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;
  initiateShopping(
    argument: _mallbots_depot_v1_InitiateShoppingRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_InitiateShoppingResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Lists shopping lists, oldest first; bots call it with status AVAILABLE to find work.
   */
  ListShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Lists shopping lists, oldest first; bots call it with status AVAILABLE to find work.
   */
  listShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listShoppingLists(
    argument: _mallbots_depot_v1_ListShoppingListsRequest,
    callback: grpc.requestCallback<_mallbots_depot_v1_ListShoppingListsResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Shopping lists: pending -> available (InitiateShopping) -> assigned -> completed; cancel from any but completed.
 */
export interface DepotServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Assigns an available shopping list to a bot.
   */
  AssignShoppingList: grpc.handleUnaryCall<
    _mallbots_depot_v1_AssignShoppingListRequest__Output,
    _mallbots_depot_v1_AssignShoppingListResponse
  >;

  /**
   * Cancels a pending, available, assigned or active shopping list.
   */
  CancelShoppingList: grpc.handleUnaryCall<
    _mallbots_depot_v1_CancelShoppingListRequest__Output,
    _mallbots_depot_v1_CancelShoppingListResponse
  >;

  /**
   * Completes an assigned shopping list and publishes ShoppingListCompleted.
   */
  CompleteShoppingList: grpc.handleUnaryCall<
    _mallbots_depot_v1_CompleteShoppingListRequest__Output,
    _mallbots_depot_v1_CompleteShoppingListResponse
  >;

  /**
   * Creates a pending shopping list for an order; store and product names are looked up (cache, then stores),
   * NOT_FOUND for an unknown store or product.
   */
  CreateShoppingList: grpc.handleUnaryCall<
    _mallbots_depot_v1_CreateShoppingListRequest__Output,
    _mallbots_depot_v1_CreateShoppingListResponse
  >;

  /**
   * Returns one shopping list.
   */
  GetShoppingList: grpc.handleUnaryCall<
    _mallbots_depot_v1_GetShoppingListRequest__Output,
    _mallbots_depot_v1_GetShoppingListResponse
  >;

  /**
   * Makes a pending shopping list available to the bots.
   */
  InitiateShopping: grpc.handleUnaryCall<
    _mallbots_depot_v1_InitiateShoppingRequest__Output,
    _mallbots_depot_v1_InitiateShoppingResponse
  >;

  /**
   * Lists shopping lists, oldest first; bots call it with status AVAILABLE to find work.
   */
  ListShoppingLists: grpc.handleUnaryCall<
    _mallbots_depot_v1_ListShoppingListsRequest__Output,
    _mallbots_depot_v1_ListShoppingListsResponse
  >;
}

export interface DepotServiceDefinition extends grpc.ServiceDefinition {
  AssignShoppingList: MethodDefinition<
    _mallbots_depot_v1_AssignShoppingListRequest,
    _mallbots_depot_v1_AssignShoppingListResponse,
    _mallbots_depot_v1_AssignShoppingListRequest__Output,
    _mallbots_depot_v1_AssignShoppingListResponse__Output
  >;
  CancelShoppingList: MethodDefinition<
    _mallbots_depot_v1_CancelShoppingListRequest,
    _mallbots_depot_v1_CancelShoppingListResponse,
    _mallbots_depot_v1_CancelShoppingListRequest__Output,
    _mallbots_depot_v1_CancelShoppingListResponse__Output
  >;
  CompleteShoppingList: MethodDefinition<
    _mallbots_depot_v1_CompleteShoppingListRequest,
    _mallbots_depot_v1_CompleteShoppingListResponse,
    _mallbots_depot_v1_CompleteShoppingListRequest__Output,
    _mallbots_depot_v1_CompleteShoppingListResponse__Output
  >;
  CreateShoppingList: MethodDefinition<
    _mallbots_depot_v1_CreateShoppingListRequest,
    _mallbots_depot_v1_CreateShoppingListResponse,
    _mallbots_depot_v1_CreateShoppingListRequest__Output,
    _mallbots_depot_v1_CreateShoppingListResponse__Output
  >;
  GetShoppingList: MethodDefinition<
    _mallbots_depot_v1_GetShoppingListRequest,
    _mallbots_depot_v1_GetShoppingListResponse,
    _mallbots_depot_v1_GetShoppingListRequest__Output,
    _mallbots_depot_v1_GetShoppingListResponse__Output
  >;
  InitiateShopping: MethodDefinition<
    _mallbots_depot_v1_InitiateShoppingRequest,
    _mallbots_depot_v1_InitiateShoppingResponse,
    _mallbots_depot_v1_InitiateShoppingRequest__Output,
    _mallbots_depot_v1_InitiateShoppingResponse__Output
  >;
  ListShoppingLists: MethodDefinition<
    _mallbots_depot_v1_ListShoppingListsRequest,
    _mallbots_depot_v1_ListShoppingListsResponse,
    _mallbots_depot_v1_ListShoppingListsRequest__Output,
    _mallbots_depot_v1_ListShoppingListsResponse__Output
  >;
}
