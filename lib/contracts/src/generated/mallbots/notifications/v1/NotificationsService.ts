// Original file: proto/mallbots/notifications/v1/api.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  ListNotificationsRequest as _mallbots_notifications_v1_ListNotificationsRequest,
  ListNotificationsRequest__Output as _mallbots_notifications_v1_ListNotificationsRequest__Output,
} from '../../../mallbots/notifications/v1/ListNotificationsRequest.ts';
import type {
  ListNotificationsResponse as _mallbots_notifications_v1_ListNotificationsResponse,
  ListNotificationsResponse__Output as _mallbots_notifications_v1_ListNotificationsResponse__Output,
} from '../../../mallbots/notifications/v1/ListNotificationsResponse.ts';
import type {
  NotifyOrderApprovedRequest as _mallbots_notifications_v1_NotifyOrderApprovedRequest,
  NotifyOrderApprovedRequest__Output as _mallbots_notifications_v1_NotifyOrderApprovedRequest__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderApprovedRequest.ts';
import type {
  NotifyOrderApprovedResponse as _mallbots_notifications_v1_NotifyOrderApprovedResponse,
  NotifyOrderApprovedResponse__Output as _mallbots_notifications_v1_NotifyOrderApprovedResponse__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderApprovedResponse.ts';
import type {
  NotifyOrderCanceledRequest as _mallbots_notifications_v1_NotifyOrderCanceledRequest,
  NotifyOrderCanceledRequest__Output as _mallbots_notifications_v1_NotifyOrderCanceledRequest__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderCanceledRequest.ts';
import type {
  NotifyOrderCanceledResponse as _mallbots_notifications_v1_NotifyOrderCanceledResponse,
  NotifyOrderCanceledResponse__Output as _mallbots_notifications_v1_NotifyOrderCanceledResponse__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderCanceledResponse.ts';
import type {
  NotifyOrderCreatedRequest as _mallbots_notifications_v1_NotifyOrderCreatedRequest,
  NotifyOrderCreatedRequest__Output as _mallbots_notifications_v1_NotifyOrderCreatedRequest__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderCreatedRequest.ts';
import type {
  NotifyOrderCreatedResponse as _mallbots_notifications_v1_NotifyOrderCreatedResponse,
  NotifyOrderCreatedResponse__Output as _mallbots_notifications_v1_NotifyOrderCreatedResponse__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderCreatedResponse.ts';
import type {
  NotifyOrderReadyRequest as _mallbots_notifications_v1_NotifyOrderReadyRequest,
  NotifyOrderReadyRequest__Output as _mallbots_notifications_v1_NotifyOrderReadyRequest__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderReadyRequest.ts';
import type {
  NotifyOrderReadyResponse as _mallbots_notifications_v1_NotifyOrderReadyResponse,
  NotifyOrderReadyResponse__Output as _mallbots_notifications_v1_NotifyOrderReadyResponse__Output,
} from '../../../mallbots/notifications/v1/NotifyOrderReadyResponse.ts';

/**
 * Sends customer notifications about their orders and lists what was sent.
 */
export interface NotificationsServiceClient extends grpc.Client {
  /**
   * Lists recorded notifications, newest first.
   */
  ListNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Lists recorded notifications, newest first.
   */
  listNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listNotifications(
    argument: _mallbots_notifications_v1_ListNotificationsRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_ListNotificationsResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Tells the customer their order was approved; records it and publishes NotificationSent.
   */
  NotifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Tells the customer their order was approved; records it and publishes NotificationSent.
   */
  notifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderApproved(
    argument: _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderApprovedResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Tells the customer their order was cancelled; records it and publishes NotificationSent.
   */
  NotifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Tells the customer their order was cancelled; records it and publishes NotificationSent.
   */
  notifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCanceled(
    argument: _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCanceledResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Tells the customer their order was received; records it and publishes NotificationSent.
   */
  NotifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Tells the customer their order was received; records it and publishes NotificationSent.
   */
  notifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderCreated(
    argument: _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderCreatedResponse__Output>,
  ): grpc.ClientUnaryCall;

  /**
   * Tells the customer their order is ready for pickup; records it and publishes NotificationSent.
   */
  NotifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  NotifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  /**
   * Tells the customer their order is ready for pickup; records it and publishes NotificationSent.
   */
  notifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
  notifyOrderReady(
    argument: _mallbots_notifications_v1_NotifyOrderReadyRequest,
    callback: grpc.requestCallback<_mallbots_notifications_v1_NotifyOrderReadyResponse__Output>,
  ): grpc.ClientUnaryCall;
}

/**
 * Sends customer notifications about their orders and lists what was sent.
 */
export interface NotificationsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Lists recorded notifications, newest first.
   */
  ListNotifications: grpc.handleUnaryCall<
    _mallbots_notifications_v1_ListNotificationsRequest__Output,
    _mallbots_notifications_v1_ListNotificationsResponse
  >;

  /**
   * Tells the customer their order was approved; records it and publishes NotificationSent.
   */
  NotifyOrderApproved: grpc.handleUnaryCall<
    _mallbots_notifications_v1_NotifyOrderApprovedRequest__Output,
    _mallbots_notifications_v1_NotifyOrderApprovedResponse
  >;

  /**
   * Tells the customer their order was cancelled; records it and publishes NotificationSent.
   */
  NotifyOrderCanceled: grpc.handleUnaryCall<
    _mallbots_notifications_v1_NotifyOrderCanceledRequest__Output,
    _mallbots_notifications_v1_NotifyOrderCanceledResponse
  >;

  /**
   * Tells the customer their order was received; records it and publishes NotificationSent.
   */
  NotifyOrderCreated: grpc.handleUnaryCall<
    _mallbots_notifications_v1_NotifyOrderCreatedRequest__Output,
    _mallbots_notifications_v1_NotifyOrderCreatedResponse
  >;

  /**
   * Tells the customer their order is ready for pickup; records it and publishes NotificationSent.
   */
  NotifyOrderReady: grpc.handleUnaryCall<
    _mallbots_notifications_v1_NotifyOrderReadyRequest__Output,
    _mallbots_notifications_v1_NotifyOrderReadyResponse
  >;
}

export interface NotificationsServiceDefinition extends grpc.ServiceDefinition {
  ListNotifications: MethodDefinition<
    _mallbots_notifications_v1_ListNotificationsRequest,
    _mallbots_notifications_v1_ListNotificationsResponse,
    _mallbots_notifications_v1_ListNotificationsRequest__Output,
    _mallbots_notifications_v1_ListNotificationsResponse__Output
  >;
  NotifyOrderApproved: MethodDefinition<
    _mallbots_notifications_v1_NotifyOrderApprovedRequest,
    _mallbots_notifications_v1_NotifyOrderApprovedResponse,
    _mallbots_notifications_v1_NotifyOrderApprovedRequest__Output,
    _mallbots_notifications_v1_NotifyOrderApprovedResponse__Output
  >;
  NotifyOrderCanceled: MethodDefinition<
    _mallbots_notifications_v1_NotifyOrderCanceledRequest,
    _mallbots_notifications_v1_NotifyOrderCanceledResponse,
    _mallbots_notifications_v1_NotifyOrderCanceledRequest__Output,
    _mallbots_notifications_v1_NotifyOrderCanceledResponse__Output
  >;
  NotifyOrderCreated: MethodDefinition<
    _mallbots_notifications_v1_NotifyOrderCreatedRequest,
    _mallbots_notifications_v1_NotifyOrderCreatedResponse,
    _mallbots_notifications_v1_NotifyOrderCreatedRequest__Output,
    _mallbots_notifications_v1_NotifyOrderCreatedResponse__Output
  >;
  NotifyOrderReady: MethodDefinition<
    _mallbots_notifications_v1_NotifyOrderReadyRequest,
    _mallbots_notifications_v1_NotifyOrderReadyResponse,
    _mallbots_notifications_v1_NotifyOrderReadyRequest__Output,
    _mallbots_notifications_v1_NotifyOrderReadyResponse__Output
  >;
}
