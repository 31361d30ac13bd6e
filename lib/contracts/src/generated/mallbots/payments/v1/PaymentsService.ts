// Original file: proto/mallbots/payments/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  AdjustInvoiceRequest as _mallbots_payments_v1_AdjustInvoiceRequest,
  AdjustInvoiceRequest__Output as _mallbots_payments_v1_AdjustInvoiceRequest__Output,
} from '../../../mallbots/payments/v1/AdjustInvoiceRequest.ts';
import type {
  AdjustInvoiceResponse as _mallbots_payments_v1_AdjustInvoiceResponse,
  AdjustInvoiceResponse__Output as _mallbots_payments_v1_AdjustInvoiceResponse__Output,
} from '../../../mallbots/payments/v1/AdjustInvoiceResponse.ts';
import type {
  AuthorizePaymentRequest as _mallbots_payments_v1_AuthorizePaymentRequest,
  AuthorizePaymentRequest__Output as _mallbots_payments_v1_AuthorizePaymentRequest__Output,
} from '../../../mallbots/payments/v1/AuthorizePaymentRequest.ts';
import type {
  AuthorizePaymentResponse as _mallbots_payments_v1_AuthorizePaymentResponse,
  AuthorizePaymentResponse__Output as _mallbots_payments_v1_AuthorizePaymentResponse__Output,
} from '../../../mallbots/payments/v1/AuthorizePaymentResponse.ts';
import type {
  CancelInvoiceRequest as _mallbots_payments_v1_CancelInvoiceRequest,
  CancelInvoiceRequest__Output as _mallbots_payments_v1_CancelInvoiceRequest__Output,
} from '../../../mallbots/payments/v1/CancelInvoiceRequest.ts';
import type {
  CancelInvoiceResponse as _mallbots_payments_v1_CancelInvoiceResponse,
  CancelInvoiceResponse__Output as _mallbots_payments_v1_CancelInvoiceResponse__Output,
} from '../../../mallbots/payments/v1/CancelInvoiceResponse.ts';
import type {
  ConfirmPaymentRequest as _mallbots_payments_v1_ConfirmPaymentRequest,
  ConfirmPaymentRequest__Output as _mallbots_payments_v1_ConfirmPaymentRequest__Output,
} from '../../../mallbots/payments/v1/ConfirmPaymentRequest.ts';
import type {
  ConfirmPaymentResponse as _mallbots_payments_v1_ConfirmPaymentResponse,
  ConfirmPaymentResponse__Output as _mallbots_payments_v1_ConfirmPaymentResponse__Output,
} from '../../../mallbots/payments/v1/ConfirmPaymentResponse.ts';
import type {
  CreateInvoiceRequest as _mallbots_payments_v1_CreateInvoiceRequest,
  CreateInvoiceRequest__Output as _mallbots_payments_v1_CreateInvoiceRequest__Output,
} from '../../../mallbots/payments/v1/CreateInvoiceRequest.ts';
import type {
  CreateInvoiceResponse as _mallbots_payments_v1_CreateInvoiceResponse,
  CreateInvoiceResponse__Output as _mallbots_payments_v1_CreateInvoiceResponse__Output,
} from '../../../mallbots/payments/v1/CreateInvoiceResponse.ts';
import type {
  GetInvoiceRequest as _mallbots_payments_v1_GetInvoiceRequest,
  GetInvoiceRequest__Output as _mallbots_payments_v1_GetInvoiceRequest__Output,
} from '../../../mallbots/payments/v1/GetInvoiceRequest.ts';
import type {
  GetInvoiceResponse as _mallbots_payments_v1_GetInvoiceResponse,
  GetInvoiceResponse__Output as _mallbots_payments_v1_GetInvoiceResponse__Output,
} from '../../../mallbots/payments/v1/GetInvoiceResponse.ts';
import type {
  GetPaymentRequest as _mallbots_payments_v1_GetPaymentRequest,
  GetPaymentRequest__Output as _mallbots_payments_v1_GetPaymentRequest__Output,
} from '../../../mallbots/payments/v1/GetPaymentRequest.ts';
import type {
  GetPaymentResponse as _mallbots_payments_v1_GetPaymentResponse,
  GetPaymentResponse__Output as _mallbots_payments_v1_GetPaymentResponse__Output,
} from '../../../mallbots/payments/v1/GetPaymentResponse.ts';
import type {
  PayInvoiceRequest as _mallbots_payments_v1_PayInvoiceRequest,
  PayInvoiceRequest__Output as _mallbots_payments_v1_PayInvoiceRequest__Output,
} from '../../../mallbots/payments/v1/PayInvoiceRequest.ts';
import type {
  PayInvoiceResponse as _mallbots_payments_v1_PayInvoiceResponse,
  PayInvoiceResponse__Output as _mallbots_payments_v1_PayInvoiceResponse__Output,
} from '../../../mallbots/payments/v1/PayInvoiceResponse.ts';

/**
 * Payments and invoices.
 */
export interface PaymentsServiceClient extends grpc.Client {
  /**
   * Changes the amount of a pending invoice; FAILED_PRECONDITION otherwise.
   */
  AdjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  AdjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  AdjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  AdjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Changes the amount of a pending invoice; FAILED_PRECONDITION otherwise.
   */
  adjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  adjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  adjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  adjustInvoice(
    argument: _mallbots_payments_v1_AdjustInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_AdjustInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Records a payment the customer pre-authorized for an amount (done by the kiosk before checkout).
   */
  AuthorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  AuthorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Records a payment the customer pre-authorized for an amount (done by the kiosk before checkout).
   */
  authorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  authorizePayment(
    argument: _mallbots_payments_v1_AuthorizePaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_AuthorizePaymentResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Cancels a pending invoice; FAILED_PRECONDITION otherwise.
   */
  CancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Cancels a pending invoice; FAILED_PRECONDITION otherwise.
   */
  cancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  cancelInvoice(
    argument: _mallbots_payments_v1_CancelInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_CancelInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Confirms an authorized payment; FAILED_PRECONDITION if `amount` does not match the authorized amount, if the
   * payment was canceled, or if it is confirmed for another order than `order_id`.
   */
  ConfirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  ConfirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  ConfirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  ConfirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Confirms an authorized payment; FAILED_PRECONDITION if `amount` does not match the authorized amount, if the
   * payment was canceled, or if it is confirmed for another order than `order_id`.
   */
  confirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  confirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  confirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  confirmPayment(
    argument: _mallbots_payments_v1_ConfirmPaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_ConfirmPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Creates a pending invoice for an order.
   */
  CreateInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Creates a pending invoice for an order.
   */
  createInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  createInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  createInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  createInvoice(
    argument: _mallbots_payments_v1_CreateInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_CreateInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one invoice.
   */
  GetInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one invoice.
   */
  getInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  getInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  getInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  getInvoice(
    argument: _mallbots_payments_v1_GetInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Returns one payment.
   */
  GetPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  GetPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Returns one payment.
   */
  getPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  getPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  getPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;
  getPayment(
    argument: _mallbots_payments_v1_GetPaymentRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_GetPaymentResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Pays a pending invoice (FAILED_PRECONDITION otherwise) and publishes InvoicePaid.
   */
  PayInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  PayInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  PayInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  PayInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Pays a pending invoice (FAILED_PRECONDITION otherwise) and publishes InvoicePaid.
   */
  payInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  payInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  payInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
  payInvoice(
    argument: _mallbots_payments_v1_PayInvoiceRequest,
    callback: grpc.requestCallback<_mallbots_payments_v1_PayInvoiceResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Payments and invoices.
 */
export interface PaymentsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Changes the amount of a pending invoice; FAILED_PRECONDITION otherwise.
   */
  AdjustInvoice: grpc.handleUnaryCall<
    _mallbots_payments_v1_AdjustInvoiceRequest__Output,
    _mallbots_payments_v1_AdjustInvoiceResponse
  >;

  /**
   * Records a payment the customer pre-authorized for an amount (done by the kiosk before checkout).
   */
  AuthorizePayment: grpc.handleUnaryCall<
    _mallbots_payments_v1_AuthorizePaymentRequest__Output,
    _mallbots_payments_v1_AuthorizePaymentResponse
  >;

  /**
   * Cancels a pending invoice; FAILED_PRECONDITION otherwise.
   */
  CancelInvoice: grpc.handleUnaryCall<
    _mallbots_payments_v1_CancelInvoiceRequest__Output,
    _mallbots_payments_v1_CancelInvoiceResponse
  >;

  /**
   * Confirms an authorized payment; FAILED_PRECONDITION if `amount` does not match the authorized amount, if the
   * payment was canceled, or if it is confirmed for another order than `order_id`.
   */
  ConfirmPayment: grpc.handleUnaryCall<
    _mallbots_payments_v1_ConfirmPaymentRequest__Output,
    _mallbots_payments_v1_ConfirmPaymentResponse
  >;

  /**
   * Creates a pending invoice for an order.
   */
  CreateInvoice: grpc.handleUnaryCall<
    _mallbots_payments_v1_CreateInvoiceRequest__Output,
    _mallbots_payments_v1_CreateInvoiceResponse
  >;

  /**
   * Returns one invoice.
   */
  GetInvoice: grpc.handleUnaryCall<_mallbots_payments_v1_GetInvoiceRequest__Output, _mallbots_payments_v1_GetInvoiceResponse>;

  /**
   * Returns one payment.
   */
  GetPayment: grpc.handleUnaryCall<_mallbots_payments_v1_GetPaymentRequest__Output, _mallbots_payments_v1_GetPaymentResponse>;

  /**
   * Pays a pending invoice (FAILED_PRECONDITION otherwise) and publishes InvoicePaid.
   */
  PayInvoice: grpc.handleUnaryCall<_mallbots_payments_v1_PayInvoiceRequest__Output, _mallbots_payments_v1_PayInvoiceResponse>;
}

export interface PaymentsServiceDefinition extends grpc.ServiceDefinition {
  AdjustInvoice: MethodDefinition<
    _mallbots_payments_v1_AdjustInvoiceRequest,
    _mallbots_payments_v1_AdjustInvoiceResponse,
    _mallbots_payments_v1_AdjustInvoiceRequest__Output,
    _mallbots_payments_v1_AdjustInvoiceResponse__Output
  >;
  AuthorizePayment: MethodDefinition<
    _mallbots_payments_v1_AuthorizePaymentRequest,
    _mallbots_payments_v1_AuthorizePaymentResponse,
    _mallbots_payments_v1_AuthorizePaymentRequest__Output,
    _mallbots_payments_v1_AuthorizePaymentResponse__Output
  >;
  CancelInvoice: MethodDefinition<
    _mallbots_payments_v1_CancelInvoiceRequest,
    _mallbots_payments_v1_CancelInvoiceResponse,
    _mallbots_payments_v1_CancelInvoiceRequest__Output,
    _mallbots_payments_v1_CancelInvoiceResponse__Output
  >;
  ConfirmPayment: MethodDefinition<
    _mallbots_payments_v1_ConfirmPaymentRequest,
    _mallbots_payments_v1_ConfirmPaymentResponse,
    _mallbots_payments_v1_ConfirmPaymentRequest__Output,
    _mallbots_payments_v1_ConfirmPaymentResponse__Output
  >;
  CreateInvoice: MethodDefinition<
    _mallbots_payments_v1_CreateInvoiceRequest,
    _mallbots_payments_v1_CreateInvoiceResponse,
    _mallbots_payments_v1_CreateInvoiceRequest__Output,
    _mallbots_payments_v1_CreateInvoiceResponse__Output
  >;
  GetInvoice: MethodDefinition<
    _mallbots_payments_v1_GetInvoiceRequest,
    _mallbots_payments_v1_GetInvoiceResponse,
    _mallbots_payments_v1_GetInvoiceRequest__Output,
    _mallbots_payments_v1_GetInvoiceResponse__Output
  >;
  GetPayment: MethodDefinition<
    _mallbots_payments_v1_GetPaymentRequest,
    _mallbots_payments_v1_GetPaymentResponse,
    _mallbots_payments_v1_GetPaymentRequest__Output,
    _mallbots_payments_v1_GetPaymentResponse__Output
  >;
  PayInvoice: MethodDefinition<
    _mallbots_payments_v1_PayInvoiceRequest,
    _mallbots_payments_v1_PayInvoiceResponse,
    _mallbots_payments_v1_PayInvoiceRequest__Output,
    _mallbots_payments_v1_PayInvoiceResponse__Output
  >;
}
