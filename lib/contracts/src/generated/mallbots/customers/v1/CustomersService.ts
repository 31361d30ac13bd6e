// Original file: proto/mallbots/customers/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  AuthorizeCustomerRequest as _mallbots_customers_v1_AuthorizeCustomerRequest,
  AuthorizeCustomerRequest__Output as _mallbots_customers_v1_AuthorizeCustomerRequest__Output,
} from '../../../mallbots/customers/v1/AuthorizeCustomerRequest.ts';
import type {
  AuthorizeCustomerResponse as _mallbots_customers_v1_AuthorizeCustomerResponse,
  AuthorizeCustomerResponse__Output as _mallbots_customers_v1_AuthorizeCustomerResponse__Output,
} from '../../../mallbots/customers/v1/AuthorizeCustomerResponse.ts';
import type {
  ChangeSmsNumberRequest as _mallbots_customers_v1_ChangeSmsNumberRequest,
  ChangeSmsNumberRequest__Output as _mallbots_customers_v1_ChangeSmsNumberRequest__Output,
} from '../../../mallbots/customers/v1/ChangeSmsNumberRequest.ts';
import type {
  ChangeSmsNumberResponse as _mallbots_customers_v1_ChangeSmsNumberResponse,
  ChangeSmsNumberResponse__Output as _mallbots_customers_v1_ChangeSmsNumberResponse__Output,
} from '../../../mallbots/customers/v1/ChangeSmsNumberResponse.ts';
import type {
  DisableCustomerRequest as _mallbots_customers_v1_DisableCustomerRequest,
  DisableCustomerRequest__Output as _mallbots_customers_v1_DisableCustomerRequest__Output,
} from '../../../mallbots/customers/v1/DisableCustomerRequest.ts';
import type {
  DisableCustomerResponse as _mallbots_customers_v1_DisableCustomerResponse,
  DisableCustomerResponse__Output as _mallbots_customers_v1_DisableCustomerResponse__Output,
} from '../../../mallbots/customers/v1/DisableCustomerResponse.ts';
import type {
  EnableCustomerRequest as _mallbots_customers_v1_EnableCustomerRequest,
  EnableCustomerRequest__Output as _mallbots_customers_v1_EnableCustomerRequest__Output,
} from '../../../mallbots/customers/v1/EnableCustomerRequest.ts';
import type {
  EnableCustomerResponse as _mallbots_customers_v1_EnableCustomerResponse,
  EnableCustomerResponse__Output as _mallbots_customers_v1_EnableCustomerResponse__Output,
} from '../../../mallbots/customers/v1/EnableCustomerResponse.ts';
import type {
  GetCustomerRequest as _mallbots_customers_v1_GetCustomerRequest,
  GetCustomerRequest__Output as _mallbots_customers_v1_GetCustomerRequest__Output,
} from '../../../mallbots/customers/v1/GetCustomerRequest.ts';
import type {
  GetCustomerResponse as _mallbots_customers_v1_GetCustomerResponse,
  GetCustomerResponse__Output as _mallbots_customers_v1_GetCustomerResponse__Output,
} from '../../../mallbots/customers/v1/GetCustomerResponse.ts';
import type {
  RegisterCustomerRequest as _mallbots_customers_v1_RegisterCustomerRequest,
  RegisterCustomerRequest__Output as _mallbots_customers_v1_RegisterCustomerRequest__Output,
} from '../../../mallbots/customers/v1/RegisterCustomerRequest.ts';
import type {
  RegisterCustomerResponse as _mallbots_customers_v1_RegisterCustomerResponse,
  RegisterCustomerResponse__Output as _mallbots_customers_v1_RegisterCustomerResponse__Output,
} from '../../../mallbots/customers/v1/RegisterCustomerResponse.ts';

/**
 * Registers customers and decides whether they may place orders.
 */
export interface CustomersServiceClient extends grpc.Client {
  /**
   * Checks that a customer may place an order: PERMISSION_DENIED "customer is not authorized" if disabled.
   * No state change, no event.
   */
  AuthorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Checks that a customer may place an order: PERMISSION_DENIED "customer is not authorized" if disabled.
   * No state change, no event.
   */
  authorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizeCustomer(
    argument: _mallbots_customers_v1_AuthorizeCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_AuthorizeCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Changes a customer's SMS number and publishes CustomerSmsChanged (nothing if the number is unchanged).
   */
  ChangeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  ChangeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  ChangeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  ChangeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Changes a customer's SMS number and publishes CustomerSmsChanged (nothing if the number is unchanged).
   */
  changeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  changeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  changeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;
  changeSmsNumber(
    argument: _mallbots_customers_v1_ChangeSmsNumberRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_ChangeSmsNumberResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Disables an enabled customer; FAILED_PRECONDITION if already disabled. Publishes CustomerDisabled.
   */
  DisableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  DisableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  DisableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  DisableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Disables an enabled customer; FAILED_PRECONDITION if already disabled. Publishes CustomerDisabled.
   */
  disableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  disableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  disableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  disableCustomer(
    argument: _mallbots_customers_v1_DisableCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_DisableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Enables a disabled customer; FAILED_PRECONDITION if already enabled. Publishes CustomerEnabled.
   */
  EnableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  EnableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  EnableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  EnableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Enables a disabled customer; FAILED_PRECONDITION if already enabled. Publishes CustomerEnabled.
   */
  enableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  enableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  enableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  enableCustomer(
    argument: _mallbots_customers_v1_EnableCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_EnableCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one customer.
   */
  GetCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one customer.
   */
  getCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  getCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  getCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  getCustomer(
    argument: _mallbots_customers_v1_GetCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_GetCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Registers a new, enabled customer and publishes CustomerRegistered.
   */
  RegisterCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  RegisterCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  RegisterCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  RegisterCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Registers a new, enabled customer and publishes CustomerRegistered.
   */
  registerCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  registerCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  registerCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
  registerCustomer(
    argument: _mallbots_customers_v1_RegisterCustomerRequest,
    callback: grpc.requestCallback<_mallbots_customers_v1_RegisterCustomerResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Registers customers and decides whether they may place orders.
 */
export interface CustomersServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Checks that a customer may place an order: PERMISSION_DENIED "customer is not authorized" if disabled.
   * No state change, no event.
   */
  AuthorizeCustomer: grpc.handleUnaryCall<
    _mallbots_customers_v1_AuthorizeCustomerRequest__Output,
    _mallbots_customers_v1_AuthorizeCustomerResponse
  >;

  /**
   * Changes a customer's SMS number and publishes CustomerSmsChanged (nothing if the number is unchanged).
   */
  ChangeSmsNumber: grpc.handleUnaryCall<
    _mallbots_customers_v1_ChangeSmsNumberRequest__Output,
    _mallbots_customers_v1_ChangeSmsNumberResponse
  >;

  /**
   * Disables an enabled customer; FAILED_PRECONDITION if already disabled. Publishes CustomerDisabled.
   */
  DisableCustomer: grpc.handleUnaryCall<
    _mallbots_customers_v1_DisableCustomerRequest__Output,
    _mallbots_customers_v1_DisableCustomerResponse
  >;

  /**
   * Enables a disabled customer; FAILED_PRECONDITION if already enabled. Publishes CustomerEnabled.
   */
  EnableCustomer: grpc.handleUnaryCall<
    _mallbots_customers_v1_EnableCustomerRequest__Output,
    _mallbots_customers_v1_EnableCustomerResponse
  >;

  /**
   * Returns one customer.
   */
  GetCustomer: grpc.handleUnaryCall<
    _mallbots_customers_v1_GetCustomerRequest__Output,
    _mallbots_customers_v1_GetCustomerResponse
  >;

  /**
   * Registers a new, enabled customer and publishes CustomerRegistered.
   */
  RegisterCustomer: grpc.handleUnaryCall<
    _mallbots_customers_v1_RegisterCustomerRequest__Output,
    _mallbots_customers_v1_RegisterCustomerResponse
  >;
}

export interface CustomersServiceDefinition extends grpc.ServiceDefinition {
  AuthorizeCustomer: MethodDefinition<
    _mallbots_customers_v1_AuthorizeCustomerRequest,
    _mallbots_customers_v1_AuthorizeCustomerResponse,
    _mallbots_customers_v1_AuthorizeCustomerRequest__Output,
    _mallbots_customers_v1_AuthorizeCustomerResponse__Output
  >;
  ChangeSmsNumber: MethodDefinition<
    _mallbots_customers_v1_ChangeSmsNumberRequest,
    _mallbots_customers_v1_ChangeSmsNumberResponse,
    _mallbots_customers_v1_ChangeSmsNumberRequest__Output,
    _mallbots_customers_v1_ChangeSmsNumberResponse__Output
  >;
  DisableCustomer: MethodDefinition<
    _mallbots_customers_v1_DisableCustomerRequest,
    _mallbots_customers_v1_DisableCustomerResponse,
    _mallbots_customers_v1_DisableCustomerRequest__Output,
    _mallbots_customers_v1_DisableCustomerResponse__Output
  >;
  EnableCustomer: MethodDefinition<
    _mallbots_customers_v1_EnableCustomerRequest,
    _mallbots_customers_v1_EnableCustomerResponse,
    _mallbots_customers_v1_EnableCustomerRequest__Output,
    _mallbots_customers_v1_EnableCustomerResponse__Output
  >;
  GetCustomer: MethodDefinition<
    _mallbots_customers_v1_GetCustomerRequest,
    _mallbots_customers_v1_GetCustomerResponse,
    _mallbots_customers_v1_GetCustomerRequest__Output,
    _mallbots_customers_v1_GetCustomerResponse__Output
  >;
  RegisterCustomer: MethodDefinition<
    _mallbots_customers_v1_RegisterCustomerRequest,
    _mallbots_customers_v1_RegisterCustomerResponse,
    _mallbots_customers_v1_RegisterCustomerRequest__Output,
    _mallbots_customers_v1_RegisterCustomerResponse__Output
  >;
}
