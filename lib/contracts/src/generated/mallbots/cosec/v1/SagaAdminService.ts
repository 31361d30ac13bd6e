// Original file: proto/mallbots/cosec/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CompensateSagaRequest as _mallbots_cosec_v1_CompensateSagaRequest,
  CompensateSagaRequest__Output as _mallbots_cosec_v1_CompensateSagaRequest__Output,
} from '../../../mallbots/cosec/v1/CompensateSagaRequest.ts';
import type {
  CompensateSagaResponse as _mallbots_cosec_v1_CompensateSagaResponse,
  CompensateSagaResponse__Output as _mallbots_cosec_v1_CompensateSagaResponse__Output,
} from '../../../mallbots/cosec/v1/CompensateSagaResponse.ts';
import type {
  GetSagaRequest as _mallbots_cosec_v1_GetSagaRequest,
  GetSagaRequest__Output as _mallbots_cosec_v1_GetSagaRequest__Output,
} from '../../../mallbots/cosec/v1/GetSagaRequest.ts';
import type {
  GetSagaResponse as _mallbots_cosec_v1_GetSagaResponse,
  GetSagaResponse__Output as _mallbots_cosec_v1_GetSagaResponse__Output,
} from '../../../mallbots/cosec/v1/GetSagaResponse.ts';
import type {
  ListSagasRequest as _mallbots_cosec_v1_ListSagasRequest,
  ListSagasRequest__Output as _mallbots_cosec_v1_ListSagasRequest__Output,
} from '../../../mallbots/cosec/v1/ListSagasRequest.ts';
import type {
  ListSagasResponse as _mallbots_cosec_v1_ListSagasResponse,
  ListSagasResponse__Output as _mallbots_cosec_v1_ListSagasResponse__Output,
} from '../../../mallbots/cosec/v1/ListSagasResponse.ts';
import type {
  RetrySagaRequest as _mallbots_cosec_v1_RetrySagaRequest,
  RetrySagaRequest__Output as _mallbots_cosec_v1_RetrySagaRequest__Output,
} from '../../../mallbots/cosec/v1/RetrySagaRequest.ts';
import type {
  RetrySagaResponse as _mallbots_cosec_v1_RetrySagaResponse,
  RetrySagaResponse__Output as _mallbots_cosec_v1_RetrySagaResponse__Output,
} from '../../../mallbots/cosec/v1/RetrySagaResponse.ts';

/**
 * Operator API for saga instances.
 */
export interface SagaAdminServiceClient extends grpc.Client {
  /**
   * Stops a running saga and compensates the steps already done, recording `reason` in the history.
   * FAILED_PRECONDITION unless the saga is running.
   */
  CompensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  CompensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Stops a running saga and compensates the steps already done, recording `reason` in the history.
   * FAILED_PRECONDITION unless the saga is running.
   */
  compensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  compensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  compensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  compensateSaga(
    argument: _mallbots_cosec_v1_CompensateSagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_CompensateSagaResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one saga with its data and full step history.
   */
  GetSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one saga with its data and full step history.
   */
  getSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  getSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  getSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  getSaga(
    argument: _mallbots_cosec_v1_GetSagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_GetSagaResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Lists sagas, oldest update first, filtered by status, name and age; one page at a time. History is not included.
   */
  ListSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Lists sagas, oldest update first, filtered by status, name and age; one page at a time. History is not included.
   */
  listSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSagas(
    argument: _mallbots_cosec_v1_ListSagasRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_ListSagasResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Re-sends the command of the current step (running or compensating saga) with a new deadline; for a failed saga,
   * re-sends the failed compensation. FAILED_PRECONDITION for completed or compensated sagas.
   */
  RetrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  RetrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  RetrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  RetrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Re-sends the command of the current step (running or compensating saga) with a new deadline; for a failed saga,
   * re-sends the failed compensation. FAILED_PRECONDITION for completed or compensated sagas.
   */
  retrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  retrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  retrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
  retrySaga(
    argument: _mallbots_cosec_v1_RetrySagaRequest,
    callback: grpc.requestCallback<_mallbots_cosec_v1_RetrySagaResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Operator API for saga instances.
 */
export interface SagaAdminServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Stops a running saga and compensates the steps already done, recording `reason` in the history.
   * FAILED_PRECONDITION unless the saga is running.
   */
  CompensateSaga: grpc.handleUnaryCall<
    _mallbots_cosec_v1_CompensateSagaRequest__Output,
    _mallbots_cosec_v1_CompensateSagaResponse
  >;

  /**
   * Returns one saga with its data and full step history.
   */
  GetSaga: grpc.handleUnaryCall<_mallbots_cosec_v1_GetSagaRequest__Output, _mallbots_cosec_v1_GetSagaResponse>;

  /**
   * Lists sagas, oldest update first, filtered by status, name and age; one page at a time. History is not included.
   */
  ListSagas: grpc.handleUnaryCall<_mallbots_cosec_v1_ListSagasRequest__Output, _mallbots_cosec_v1_ListSagasResponse>;

  /**
   * Re-sends the command of the current step (running or compensating saga) with a new deadline; for a failed saga,
   * re-sends the failed compensation. FAILED_PRECONDITION for completed or compensated sagas.
   */
  RetrySaga: grpc.handleUnaryCall<_mallbots_cosec_v1_RetrySagaRequest__Output, _mallbots_cosec_v1_RetrySagaResponse>;
}

export interface SagaAdminServiceDefinition extends grpc.ServiceDefinition {
  CompensateSaga: MethodDefinition<
    _mallbots_cosec_v1_CompensateSagaRequest,
    _mallbots_cosec_v1_CompensateSagaResponse,
    _mallbots_cosec_v1_CompensateSagaRequest__Output,
    _mallbots_cosec_v1_CompensateSagaResponse__Output
  >;
  GetSaga: MethodDefinition<
    _mallbots_cosec_v1_GetSagaRequest,
    _mallbots_cosec_v1_GetSagaResponse,
    _mallbots_cosec_v1_GetSagaRequest__Output,
    _mallbots_cosec_v1_GetSagaResponse__Output
  >;
  ListSagas: MethodDefinition<
    _mallbots_cosec_v1_ListSagasRequest,
    _mallbots_cosec_v1_ListSagasResponse,
    _mallbots_cosec_v1_ListSagasRequest__Output,
    _mallbots_cosec_v1_ListSagasResponse__Output
  >;
  RetrySaga: MethodDefinition<
    _mallbots_cosec_v1_RetrySagaRequest,
    _mallbots_cosec_v1_RetrySagaResponse,
    _mallbots_cosec_v1_RetrySagaRequest__Output,
    _mallbots_cosec_v1_RetrySagaResponse__Output
  >;
}
