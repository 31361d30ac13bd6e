import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  Duration as _google_protobuf_Duration,
  Duration__Output as _google_protobuf_Duration__Output,
} from './google/protobuf/Duration.ts';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from './google/protobuf/Timestamp.ts';
import type {
  AddItemRequest as _mallbots_baskets_v1_AddItemRequest,
  AddItemRequest__Output as _mallbots_baskets_v1_AddItemRequest__Output,
} from './mallbots/baskets/v1/AddItemRequest.ts';
import type {
  AddItemResponse as _mallbots_baskets_v1_AddItemResponse,
  AddItemResponse__Output as _mallbots_baskets_v1_AddItemResponse__Output,
} from './mallbots/baskets/v1/AddItemResponse.ts';
import type {
  Basket as _mallbots_baskets_v1_Basket,
  Basket__Output as _mallbots_baskets_v1_Basket__Output,
} from './mallbots/baskets/v1/Basket.ts';
import type {
  BasketServiceClient as _mallbots_baskets_v1_BasketServiceClient,
  BasketServiceDefinition as _mallbots_baskets_v1_BasketServiceDefinition,
} from './mallbots/baskets/v1/BasketService.ts';
import type {
  CancelBasketRequest as _mallbots_baskets_v1_CancelBasketRequest,
  CancelBasketRequest__Output as _mallbots_baskets_v1_CancelBasketRequest__Output,
} from './mallbots/baskets/v1/CancelBasketRequest.ts';
import type {
  CancelBasketResponse as _mallbots_baskets_v1_CancelBasketResponse,
  CancelBasketResponse__Output as _mallbots_baskets_v1_CancelBasketResponse__Output,
} from './mallbots/baskets/v1/CancelBasketResponse.ts';
import type {
  CheckoutBasketRequest as _mallbots_baskets_v1_CheckoutBasketRequest,
  CheckoutBasketRequest__Output as _mallbots_baskets_v1_CheckoutBasketRequest__Output,
} from './mallbots/baskets/v1/CheckoutBasketRequest.ts';
import type {
  CheckoutBasketResponse as _mallbots_baskets_v1_CheckoutBasketResponse,
  CheckoutBasketResponse__Output as _mallbots_baskets_v1_CheckoutBasketResponse__Output,
} from './mallbots/baskets/v1/CheckoutBasketResponse.ts';
import type {
  GetBasketRequest as _mallbots_baskets_v1_GetBasketRequest,
  GetBasketRequest__Output as _mallbots_baskets_v1_GetBasketRequest__Output,
} from './mallbots/baskets/v1/GetBasketRequest.ts';
import type {
  GetBasketResponse as _mallbots_baskets_v1_GetBasketResponse,
  GetBasketResponse__Output as _mallbots_baskets_v1_GetBasketResponse__Output,
} from './mallbots/baskets/v1/GetBasketResponse.ts';
import type {
  Item as _mallbots_baskets_v1_Item,
  Item__Output as _mallbots_baskets_v1_Item__Output,
} from './mallbots/baskets/v1/Item.ts';
import type {
  RemoveItemRequest as _mallbots_baskets_v1_RemoveItemRequest,
  RemoveItemRequest__Output as _mallbots_baskets_v1_RemoveItemRequest__Output,
} from './mallbots/baskets/v1/RemoveItemRequest.ts';
import type {
  RemoveItemResponse as _mallbots_baskets_v1_RemoveItemResponse,
  RemoveItemResponse__Output as _mallbots_baskets_v1_RemoveItemResponse__Output,
} from './mallbots/baskets/v1/RemoveItemResponse.ts';
import type {
  StartBasketRequest as _mallbots_baskets_v1_StartBasketRequest,
  StartBasketRequest__Output as _mallbots_baskets_v1_StartBasketRequest__Output,
} from './mallbots/baskets/v1/StartBasketRequest.ts';
import type {
  StartBasketResponse as _mallbots_baskets_v1_StartBasketResponse,
  StartBasketResponse__Output as _mallbots_baskets_v1_StartBasketResponse__Output,
} from './mallbots/baskets/v1/StartBasketResponse.ts';
import type {
  CompensateSagaRequest as _mallbots_cosec_v1_CompensateSagaRequest,
  CompensateSagaRequest__Output as _mallbots_cosec_v1_CompensateSagaRequest__Output,
} from './mallbots/cosec/v1/CompensateSagaRequest.ts';
import type {
  CompensateSagaResponse as _mallbots_cosec_v1_CompensateSagaResponse,
  CompensateSagaResponse__Output as _mallbots_cosec_v1_CompensateSagaResponse__Output,
} from './mallbots/cosec/v1/CompensateSagaResponse.ts';
import type {
  GetSagaRequest as _mallbots_cosec_v1_GetSagaRequest,
  GetSagaRequest__Output as _mallbots_cosec_v1_GetSagaRequest__Output,
} from './mallbots/cosec/v1/GetSagaRequest.ts';
import type {
  GetSagaResponse as _mallbots_cosec_v1_GetSagaResponse,
  GetSagaResponse__Output as _mallbots_cosec_v1_GetSagaResponse__Output,
} from './mallbots/cosec/v1/GetSagaResponse.ts';
import type {
  ListSagasRequest as _mallbots_cosec_v1_ListSagasRequest,
  ListSagasRequest__Output as _mallbots_cosec_v1_ListSagasRequest__Output,
} from './mallbots/cosec/v1/ListSagasRequest.ts';
import type {
  ListSagasResponse as _mallbots_cosec_v1_ListSagasResponse,
  ListSagasResponse__Output as _mallbots_cosec_v1_ListSagasResponse__Output,
} from './mallbots/cosec/v1/ListSagasResponse.ts';
import type {
  RetrySagaRequest as _mallbots_cosec_v1_RetrySagaRequest,
  RetrySagaRequest__Output as _mallbots_cosec_v1_RetrySagaRequest__Output,
} from './mallbots/cosec/v1/RetrySagaRequest.ts';
import type {
  RetrySagaResponse as _mallbots_cosec_v1_RetrySagaResponse,
  RetrySagaResponse__Output as _mallbots_cosec_v1_RetrySagaResponse__Output,
} from './mallbots/cosec/v1/RetrySagaResponse.ts';
import type {
  Saga as _mallbots_cosec_v1_Saga,
  Saga__Output as _mallbots_cosec_v1_Saga__Output,
} from './mallbots/cosec/v1/Saga.ts';
import type {
  SagaAdminServiceClient as _mallbots_cosec_v1_SagaAdminServiceClient,
  SagaAdminServiceDefinition as _mallbots_cosec_v1_SagaAdminServiceDefinition,
} from './mallbots/cosec/v1/SagaAdminService.ts';
import type {
  SagaHistoryEntry as _mallbots_cosec_v1_SagaHistoryEntry,
  SagaHistoryEntry__Output as _mallbots_cosec_v1_SagaHistoryEntry__Output,
} from './mallbots/cosec/v1/SagaHistoryEntry.ts';
import type {
  AuthorizeCustomerRequest as _mallbots_customers_v1_AuthorizeCustomerRequest,
  AuthorizeCustomerRequest__Output as _mallbots_customers_v1_AuthorizeCustomerRequest__Output,
} from './mallbots/customers/v1/AuthorizeCustomerRequest.ts';
import type {
  AuthorizeCustomerResponse as _mallbots_customers_v1_AuthorizeCustomerResponse,
  AuthorizeCustomerResponse__Output as _mallbots_customers_v1_AuthorizeCustomerResponse__Output,
} from './mallbots/customers/v1/AuthorizeCustomerResponse.ts';
import type {
  ChangeSmsNumberRequest as _mallbots_customers_v1_ChangeSmsNumberRequest,
  ChangeSmsNumberRequest__Output as _mallbots_customers_v1_ChangeSmsNumberRequest__Output,
} from './mallbots/customers/v1/ChangeSmsNumberRequest.ts';
import type {
  ChangeSmsNumberResponse as _mallbots_customers_v1_ChangeSmsNumberResponse,
  ChangeSmsNumberResponse__Output as _mallbots_customers_v1_ChangeSmsNumberResponse__Output,
} from './mallbots/customers/v1/ChangeSmsNumberResponse.ts';
import type {
  Customer as _mallbots_customers_v1_Customer,
  Customer__Output as _mallbots_customers_v1_Customer__Output,
} from './mallbots/customers/v1/Customer.ts';
import type {
  CustomersServiceClient as _mallbots_customers_v1_CustomersServiceClient,
  CustomersServiceDefinition as _mallbots_customers_v1_CustomersServiceDefinition,
} from './mallbots/customers/v1/CustomersService.ts';
import type {
  DisableCustomerRequest as _mallbots_customers_v1_DisableCustomerRequest,
  DisableCustomerRequest__Output as _mallbots_customers_v1_DisableCustomerRequest__Output,
} from './mallbots/customers/v1/DisableCustomerRequest.ts';
import type {
  DisableCustomerResponse as _mallbots_customers_v1_DisableCustomerResponse,
  DisableCustomerResponse__Output as _mallbots_customers_v1_DisableCustomerResponse__Output,
} from './mallbots/customers/v1/DisableCustomerResponse.ts';
import type {
  EnableCustomerRequest as _mallbots_customers_v1_EnableCustomerRequest,
  EnableCustomerRequest__Output as _mallbots_customers_v1_EnableCustomerRequest__Output,
} from './mallbots/customers/v1/EnableCustomerRequest.ts';
import type {
  EnableCustomerResponse as _mallbots_customers_v1_EnableCustomerResponse,
  EnableCustomerResponse__Output as _mallbots_customers_v1_EnableCustomerResponse__Output,
} from './mallbots/customers/v1/EnableCustomerResponse.ts';
import type {
  GetCustomerRequest as _mallbots_customers_v1_GetCustomerRequest,
  GetCustomerRequest__Output as _mallbots_customers_v1_GetCustomerRequest__Output,
} from './mallbots/customers/v1/GetCustomerRequest.ts';
import type {
  GetCustomerResponse as _mallbots_customers_v1_GetCustomerResponse,
  GetCustomerResponse__Output as _mallbots_customers_v1_GetCustomerResponse__Output,
} from './mallbots/customers/v1/GetCustomerResponse.ts';
import type {
  RegisterCustomerRequest as _mallbots_customers_v1_RegisterCustomerRequest,
  RegisterCustomerRequest__Output as _mallbots_customers_v1_RegisterCustomerRequest__Output,
} from './mallbots/customers/v1/RegisterCustomerRequest.ts';
import type {
  RegisterCustomerResponse as _mallbots_customers_v1_RegisterCustomerResponse,
  RegisterCustomerResponse__Output as _mallbots_customers_v1_RegisterCustomerResponse__Output,
} from './mallbots/customers/v1/RegisterCustomerResponse.ts';
import type {
  AssignShoppingListRequest as _mallbots_depot_v1_AssignShoppingListRequest,
  AssignShoppingListRequest__Output as _mallbots_depot_v1_AssignShoppingListRequest__Output,
} from './mallbots/depot/v1/AssignShoppingListRequest.ts';
import type {
  AssignShoppingListResponse as _mallbots_depot_v1_AssignShoppingListResponse,
  AssignShoppingListResponse__Output as _mallbots_depot_v1_AssignShoppingListResponse__Output,
} from './mallbots/depot/v1/AssignShoppingListResponse.ts';
import type {
  CancelShoppingList as _mallbots_depot_v1_CancelShoppingList,
  CancelShoppingList__Output as _mallbots_depot_v1_CancelShoppingList__Output,
} from './mallbots/depot/v1/CancelShoppingList.ts';
import type {
  CancelShoppingListRequest as _mallbots_depot_v1_CancelShoppingListRequest,
  CancelShoppingListRequest__Output as _mallbots_depot_v1_CancelShoppingListRequest__Output,
} from './mallbots/depot/v1/CancelShoppingListRequest.ts';
import type {
  CancelShoppingListResponse as _mallbots_depot_v1_CancelShoppingListResponse,
  CancelShoppingListResponse__Output as _mallbots_depot_v1_CancelShoppingListResponse__Output,
} from './mallbots/depot/v1/CancelShoppingListResponse.ts';
import type {
  CompleteShoppingListRequest as _mallbots_depot_v1_CompleteShoppingListRequest,
  CompleteShoppingListRequest__Output as _mallbots_depot_v1_CompleteShoppingListRequest__Output,
} from './mallbots/depot/v1/CompleteShoppingListRequest.ts';
import type {
  CompleteShoppingListResponse as _mallbots_depot_v1_CompleteShoppingListResponse,
  CompleteShoppingListResponse__Output as _mallbots_depot_v1_CompleteShoppingListResponse__Output,
} from './mallbots/depot/v1/CompleteShoppingListResponse.ts';
import type {
  CreateShoppingList as _mallbots_depot_v1_CreateShoppingList,
  CreateShoppingList__Output as _mallbots_depot_v1_CreateShoppingList__Output,
} from './mallbots/depot/v1/CreateShoppingList.ts';
import type {
  CreateShoppingListRequest as _mallbots_depot_v1_CreateShoppingListRequest,
  CreateShoppingListRequest__Output as _mallbots_depot_v1_CreateShoppingListRequest__Output,
} from './mallbots/depot/v1/CreateShoppingListRequest.ts';
import type {
  CreateShoppingListResponse as _mallbots_depot_v1_CreateShoppingListResponse,
  CreateShoppingListResponse__Output as _mallbots_depot_v1_CreateShoppingListResponse__Output,
} from './mallbots/depot/v1/CreateShoppingListResponse.ts';
import type {
  CreatedShoppingList as _mallbots_depot_v1_CreatedShoppingList,
  CreatedShoppingList__Output as _mallbots_depot_v1_CreatedShoppingList__Output,
} from './mallbots/depot/v1/CreatedShoppingList.ts';
import type {
  DepotServiceClient as _mallbots_depot_v1_DepotServiceClient,
  DepotServiceDefinition as _mallbots_depot_v1_DepotServiceDefinition,
} from './mallbots/depot/v1/DepotService.ts';
import type {
  GetShoppingListRequest as _mallbots_depot_v1_GetShoppingListRequest,
  GetShoppingListRequest__Output as _mallbots_depot_v1_GetShoppingListRequest__Output,
} from './mallbots/depot/v1/GetShoppingListRequest.ts';
import type {
  GetShoppingListResponse as _mallbots_depot_v1_GetShoppingListResponse,
  GetShoppingListResponse__Output as _mallbots_depot_v1_GetShoppingListResponse__Output,
} from './mallbots/depot/v1/GetShoppingListResponse.ts';
import type {
  InitiateShopping as _mallbots_depot_v1_InitiateShopping,
  InitiateShopping__Output as _mallbots_depot_v1_InitiateShopping__Output,
} from './mallbots/depot/v1/InitiateShopping.ts';
import type {
  InitiateShoppingRequest as _mallbots_depot_v1_InitiateShoppingRequest,
  InitiateShoppingRequest__Output as _mallbots_depot_v1_InitiateShoppingRequest__Output,
} from './mallbots/depot/v1/InitiateShoppingRequest.ts';
import type {
  InitiateShoppingResponse as _mallbots_depot_v1_InitiateShoppingResponse,
  InitiateShoppingResponse__Output as _mallbots_depot_v1_InitiateShoppingResponse__Output,
} from './mallbots/depot/v1/InitiateShoppingResponse.ts';
import type {
  Item as _mallbots_depot_v1_Item,
  Item__Output as _mallbots_depot_v1_Item__Output,
} from './mallbots/depot/v1/Item.ts';
import type {
  ListShoppingListsRequest as _mallbots_depot_v1_ListShoppingListsRequest,
  ListShoppingListsRequest__Output as _mallbots_depot_v1_ListShoppingListsRequest__Output,
} from './mallbots/depot/v1/ListShoppingListsRequest.ts';
import type {
  ListShoppingListsResponse as _mallbots_depot_v1_ListShoppingListsResponse,
  ListShoppingListsResponse__Output as _mallbots_depot_v1_ListShoppingListsResponse__Output,
} from './mallbots/depot/v1/ListShoppingListsResponse.ts';
import type {
  OrderItem as _mallbots_depot_v1_OrderItem,
  OrderItem__Output as _mallbots_depot_v1_OrderItem__Output,
} from './mallbots/depot/v1/OrderItem.ts';
import type {
  ShoppingList as _mallbots_depot_v1_ShoppingList,
  ShoppingList__Output as _mallbots_depot_v1_ShoppingList__Output,
} from './mallbots/depot/v1/ShoppingList.ts';
import type {
  ShoppingListCompleted as _mallbots_depot_v1_ShoppingListCompleted,
  ShoppingListCompleted__Output as _mallbots_depot_v1_ShoppingListCompleted__Output,
} from './mallbots/depot/v1/ShoppingListCompleted.ts';
import type {
  Stop as _mallbots_depot_v1_Stop,
  Stop__Output as _mallbots_depot_v1_Stop__Output,
} from './mallbots/depot/v1/Stop.ts';
import type {
  ListNotificationsRequest as _mallbots_notifications_v1_ListNotificationsRequest,
  ListNotificationsRequest__Output as _mallbots_notifications_v1_ListNotificationsRequest__Output,
} from './mallbots/notifications/v1/ListNotificationsRequest.ts';
import type {
  ListNotificationsResponse as _mallbots_notifications_v1_ListNotificationsResponse,
  ListNotificationsResponse__Output as _mallbots_notifications_v1_ListNotificationsResponse__Output,
} from './mallbots/notifications/v1/ListNotificationsResponse.ts';
import type {
  Notification as _mallbots_notifications_v1_Notification,
  Notification__Output as _mallbots_notifications_v1_Notification__Output,
} from './mallbots/notifications/v1/Notification.ts';
import type {
  NotificationSent as _mallbots_notifications_v1_NotificationSent,
  NotificationSent__Output as _mallbots_notifications_v1_NotificationSent__Output,
} from './mallbots/notifications/v1/NotificationSent.ts';
import type {
  NotificationsServiceClient as _mallbots_notifications_v1_NotificationsServiceClient,
  NotificationsServiceDefinition as _mallbots_notifications_v1_NotificationsServiceDefinition,
} from './mallbots/notifications/v1/NotificationsService.ts';
import type {
  NotifyOrderApprovedRequest as _mallbots_notifications_v1_NotifyOrderApprovedRequest,
  NotifyOrderApprovedRequest__Output as _mallbots_notifications_v1_NotifyOrderApprovedRequest__Output,
} from './mallbots/notifications/v1/NotifyOrderApprovedRequest.ts';
import type {
  NotifyOrderApprovedResponse as _mallbots_notifications_v1_NotifyOrderApprovedResponse,
  NotifyOrderApprovedResponse__Output as _mallbots_notifications_v1_NotifyOrderApprovedResponse__Output,
} from './mallbots/notifications/v1/NotifyOrderApprovedResponse.ts';
import type {
  NotifyOrderCanceledRequest as _mallbots_notifications_v1_NotifyOrderCanceledRequest,
  NotifyOrderCanceledRequest__Output as _mallbots_notifications_v1_NotifyOrderCanceledRequest__Output,
} from './mallbots/notifications/v1/NotifyOrderCanceledRequest.ts';
import type {
  NotifyOrderCanceledResponse as _mallbots_notifications_v1_NotifyOrderCanceledResponse,
  NotifyOrderCanceledResponse__Output as _mallbots_notifications_v1_NotifyOrderCanceledResponse__Output,
} from './mallbots/notifications/v1/NotifyOrderCanceledResponse.ts';
import type {
  NotifyOrderCreatedRequest as _mallbots_notifications_v1_NotifyOrderCreatedRequest,
  NotifyOrderCreatedRequest__Output as _mallbots_notifications_v1_NotifyOrderCreatedRequest__Output,
} from './mallbots/notifications/v1/NotifyOrderCreatedRequest.ts';
import type {
  NotifyOrderCreatedResponse as _mallbots_notifications_v1_NotifyOrderCreatedResponse,
  NotifyOrderCreatedResponse__Output as _mallbots_notifications_v1_NotifyOrderCreatedResponse__Output,
} from './mallbots/notifications/v1/NotifyOrderCreatedResponse.ts';
import type {
  NotifyOrderReadyRequest as _mallbots_notifications_v1_NotifyOrderReadyRequest,
  NotifyOrderReadyRequest__Output as _mallbots_notifications_v1_NotifyOrderReadyRequest__Output,
} from './mallbots/notifications/v1/NotifyOrderReadyRequest.ts';
import type {
  NotifyOrderReadyResponse as _mallbots_notifications_v1_NotifyOrderReadyResponse,
  NotifyOrderReadyResponse__Output as _mallbots_notifications_v1_NotifyOrderReadyResponse__Output,
} from './mallbots/notifications/v1/NotifyOrderReadyResponse.ts';
import type {
  ApproveOrder as _mallbots_ordering_v1_ApproveOrder,
  ApproveOrder__Output as _mallbots_ordering_v1_ApproveOrder__Output,
} from './mallbots/ordering/v1/ApproveOrder.ts';
import type {
  CancelOrderRequest as _mallbots_ordering_v1_CancelOrderRequest,
  CancelOrderRequest__Output as _mallbots_ordering_v1_CancelOrderRequest__Output,
} from './mallbots/ordering/v1/CancelOrderRequest.ts';
import type {
  CancelOrderResponse as _mallbots_ordering_v1_CancelOrderResponse,
  CancelOrderResponse__Output as _mallbots_ordering_v1_CancelOrderResponse__Output,
} from './mallbots/ordering/v1/CancelOrderResponse.ts';
import type {
  CompleteOrderRequest as _mallbots_ordering_v1_CompleteOrderRequest,
  CompleteOrderRequest__Output as _mallbots_ordering_v1_CompleteOrderRequest__Output,
} from './mallbots/ordering/v1/CompleteOrderRequest.ts';
import type {
  CompleteOrderResponse as _mallbots_ordering_v1_CompleteOrderResponse,
  CompleteOrderResponse__Output as _mallbots_ordering_v1_CompleteOrderResponse__Output,
} from './mallbots/ordering/v1/CompleteOrderResponse.ts';
import type {
  CreateOrderRequest as _mallbots_ordering_v1_CreateOrderRequest,
  CreateOrderRequest__Output as _mallbots_ordering_v1_CreateOrderRequest__Output,
} from './mallbots/ordering/v1/CreateOrderRequest.ts';
import type {
  CreateOrderResponse as _mallbots_ordering_v1_CreateOrderResponse,
  CreateOrderResponse__Output as _mallbots_ordering_v1_CreateOrderResponse__Output,
} from './mallbots/ordering/v1/CreateOrderResponse.ts';
import type {
  GetOrderRequest as _mallbots_ordering_v1_GetOrderRequest,
  GetOrderRequest__Output as _mallbots_ordering_v1_GetOrderRequest__Output,
} from './mallbots/ordering/v1/GetOrderRequest.ts';
import type {
  GetOrderResponse as _mallbots_ordering_v1_GetOrderResponse,
  GetOrderResponse__Output as _mallbots_ordering_v1_GetOrderResponse__Output,
} from './mallbots/ordering/v1/GetOrderResponse.ts';
import type {
  Item as _mallbots_ordering_v1_Item,
  Item__Output as _mallbots_ordering_v1_Item__Output,
} from './mallbots/ordering/v1/Item.ts';
import type {
  Order as _mallbots_ordering_v1_Order,
  Order__Output as _mallbots_ordering_v1_Order__Output,
} from './mallbots/ordering/v1/Order.ts';
import type {
  OrderApproved as _mallbots_ordering_v1_OrderApproved,
  OrderApproved__Output as _mallbots_ordering_v1_OrderApproved__Output,
} from './mallbots/ordering/v1/OrderApproved.ts';
import type {
  OrderCanceled as _mallbots_ordering_v1_OrderCanceled,
  OrderCanceled__Output as _mallbots_ordering_v1_OrderCanceled__Output,
} from './mallbots/ordering/v1/OrderCanceled.ts';
import type {
  OrderCompleted as _mallbots_ordering_v1_OrderCompleted,
  OrderCompleted__Output as _mallbots_ordering_v1_OrderCompleted__Output,
} from './mallbots/ordering/v1/OrderCompleted.ts';
import type {
  OrderCreated as _mallbots_ordering_v1_OrderCreated,
  OrderCreated__Output as _mallbots_ordering_v1_OrderCreated__Output,
} from './mallbots/ordering/v1/OrderCreated.ts';
import type {
  OrderReadied as _mallbots_ordering_v1_OrderReadied,
  OrderReadied__Output as _mallbots_ordering_v1_OrderReadied__Output,
} from './mallbots/ordering/v1/OrderReadied.ts';
import type {
  OrderRejected as _mallbots_ordering_v1_OrderRejected,
  OrderRejected__Output as _mallbots_ordering_v1_OrderRejected__Output,
} from './mallbots/ordering/v1/OrderRejected.ts';
import type {
  OrderingServiceClient as _mallbots_ordering_v1_OrderingServiceClient,
  OrderingServiceDefinition as _mallbots_ordering_v1_OrderingServiceDefinition,
} from './mallbots/ordering/v1/OrderingService.ts';
import type {
  ReadyOrderRequest as _mallbots_ordering_v1_ReadyOrderRequest,
  ReadyOrderRequest__Output as _mallbots_ordering_v1_ReadyOrderRequest__Output,
} from './mallbots/ordering/v1/ReadyOrderRequest.ts';
import type {
  ReadyOrderResponse as _mallbots_ordering_v1_ReadyOrderResponse,
  ReadyOrderResponse__Output as _mallbots_ordering_v1_ReadyOrderResponse__Output,
} from './mallbots/ordering/v1/ReadyOrderResponse.ts';
import type {
  RejectOrder as _mallbots_ordering_v1_RejectOrder,
  RejectOrder__Output as _mallbots_ordering_v1_RejectOrder__Output,
} from './mallbots/ordering/v1/RejectOrder.ts';
import type {
  AdjustInvoiceRequest as _mallbots_payments_v1_AdjustInvoiceRequest,
  AdjustInvoiceRequest__Output as _mallbots_payments_v1_AdjustInvoiceRequest__Output,
} from './mallbots/payments/v1/AdjustInvoiceRequest.ts';
import type {
  AdjustInvoiceResponse as _mallbots_payments_v1_AdjustInvoiceResponse,
  AdjustInvoiceResponse__Output as _mallbots_payments_v1_AdjustInvoiceResponse__Output,
} from './mallbots/payments/v1/AdjustInvoiceResponse.ts';
import type {
  AuthorizePaymentRequest as _mallbots_payments_v1_AuthorizePaymentRequest,
  AuthorizePaymentRequest__Output as _mallbots_payments_v1_AuthorizePaymentRequest__Output,
} from './mallbots/payments/v1/AuthorizePaymentRequest.ts';
import type {
  AuthorizePaymentResponse as _mallbots_payments_v1_AuthorizePaymentResponse,
  AuthorizePaymentResponse__Output as _mallbots_payments_v1_AuthorizePaymentResponse__Output,
} from './mallbots/payments/v1/AuthorizePaymentResponse.ts';
import type {
  CancelInvoiceRequest as _mallbots_payments_v1_CancelInvoiceRequest,
  CancelInvoiceRequest__Output as _mallbots_payments_v1_CancelInvoiceRequest__Output,
} from './mallbots/payments/v1/CancelInvoiceRequest.ts';
import type {
  CancelInvoiceResponse as _mallbots_payments_v1_CancelInvoiceResponse,
  CancelInvoiceResponse__Output as _mallbots_payments_v1_CancelInvoiceResponse__Output,
} from './mallbots/payments/v1/CancelInvoiceResponse.ts';
import type {
  ConfirmPaymentRequest as _mallbots_payments_v1_ConfirmPaymentRequest,
  ConfirmPaymentRequest__Output as _mallbots_payments_v1_ConfirmPaymentRequest__Output,
} from './mallbots/payments/v1/ConfirmPaymentRequest.ts';
import type {
  ConfirmPaymentResponse as _mallbots_payments_v1_ConfirmPaymentResponse,
  ConfirmPaymentResponse__Output as _mallbots_payments_v1_ConfirmPaymentResponse__Output,
} from './mallbots/payments/v1/ConfirmPaymentResponse.ts';
import type {
  CreateInvoiceRequest as _mallbots_payments_v1_CreateInvoiceRequest,
  CreateInvoiceRequest__Output as _mallbots_payments_v1_CreateInvoiceRequest__Output,
} from './mallbots/payments/v1/CreateInvoiceRequest.ts';
import type {
  CreateInvoiceResponse as _mallbots_payments_v1_CreateInvoiceResponse,
  CreateInvoiceResponse__Output as _mallbots_payments_v1_CreateInvoiceResponse__Output,
} from './mallbots/payments/v1/CreateInvoiceResponse.ts';
import type {
  GetInvoiceRequest as _mallbots_payments_v1_GetInvoiceRequest,
  GetInvoiceRequest__Output as _mallbots_payments_v1_GetInvoiceRequest__Output,
} from './mallbots/payments/v1/GetInvoiceRequest.ts';
import type {
  GetInvoiceResponse as _mallbots_payments_v1_GetInvoiceResponse,
  GetInvoiceResponse__Output as _mallbots_payments_v1_GetInvoiceResponse__Output,
} from './mallbots/payments/v1/GetInvoiceResponse.ts';
import type {
  GetPaymentRequest as _mallbots_payments_v1_GetPaymentRequest,
  GetPaymentRequest__Output as _mallbots_payments_v1_GetPaymentRequest__Output,
} from './mallbots/payments/v1/GetPaymentRequest.ts';
import type {
  GetPaymentResponse as _mallbots_payments_v1_GetPaymentResponse,
  GetPaymentResponse__Output as _mallbots_payments_v1_GetPaymentResponse__Output,
} from './mallbots/payments/v1/GetPaymentResponse.ts';
import type {
  Invoice as _mallbots_payments_v1_Invoice,
  Invoice__Output as _mallbots_payments_v1_Invoice__Output,
} from './mallbots/payments/v1/Invoice.ts';
import type {
  PayInvoiceRequest as _mallbots_payments_v1_PayInvoiceRequest,
  PayInvoiceRequest__Output as _mallbots_payments_v1_PayInvoiceRequest__Output,
} from './mallbots/payments/v1/PayInvoiceRequest.ts';
import type {
  PayInvoiceResponse as _mallbots_payments_v1_PayInvoiceResponse,
  PayInvoiceResponse__Output as _mallbots_payments_v1_PayInvoiceResponse__Output,
} from './mallbots/payments/v1/PayInvoiceResponse.ts';
import type {
  Payment as _mallbots_payments_v1_Payment,
  Payment__Output as _mallbots_payments_v1_Payment__Output,
} from './mallbots/payments/v1/Payment.ts';
import type {
  PaymentsServiceClient as _mallbots_payments_v1_PaymentsServiceClient,
  PaymentsServiceDefinition as _mallbots_payments_v1_PaymentsServiceDefinition,
} from './mallbots/payments/v1/PaymentsService.ts';
import type {
  Filters as _mallbots_search_v1_Filters,
  Filters__Output as _mallbots_search_v1_Filters__Output,
} from './mallbots/search/v1/Filters.ts';
import type {
  GetOrderRequest as _mallbots_search_v1_GetOrderRequest,
  GetOrderRequest__Output as _mallbots_search_v1_GetOrderRequest__Output,
} from './mallbots/search/v1/GetOrderRequest.ts';
import type {
  GetOrderResponse as _mallbots_search_v1_GetOrderResponse,
  GetOrderResponse__Output as _mallbots_search_v1_GetOrderResponse__Output,
} from './mallbots/search/v1/GetOrderResponse.ts';
import type {
  Item as _mallbots_search_v1_Item,
  Item__Output as _mallbots_search_v1_Item__Output,
} from './mallbots/search/v1/Item.ts';
import type {
  Order as _mallbots_search_v1_Order,
  Order__Output as _mallbots_search_v1_Order__Output,
} from './mallbots/search/v1/Order.ts';
import type {
  SearchOrdersRequest as _mallbots_search_v1_SearchOrdersRequest,
  SearchOrdersRequest__Output as _mallbots_search_v1_SearchOrdersRequest__Output,
} from './mallbots/search/v1/SearchOrdersRequest.ts';
import type {
  SearchOrdersResponse as _mallbots_search_v1_SearchOrdersResponse,
  SearchOrdersResponse__Output as _mallbots_search_v1_SearchOrdersResponse__Output,
} from './mallbots/search/v1/SearchOrdersResponse.ts';
import type {
  SearchServiceClient as _mallbots_search_v1_SearchServiceClient,
  SearchServiceDefinition as _mallbots_search_v1_SearchServiceDefinition,
} from './mallbots/search/v1/SearchService.ts';
import type {
  AddProductRequest as _mallbots_stores_v1_AddProductRequest,
  AddProductRequest__Output as _mallbots_stores_v1_AddProductRequest__Output,
} from './mallbots/stores/v1/AddProductRequest.ts';
import type {
  AddProductResponse as _mallbots_stores_v1_AddProductResponse,
  AddProductResponse__Output as _mallbots_stores_v1_AddProductResponse__Output,
} from './mallbots/stores/v1/AddProductResponse.ts';
import type {
  CreateStoreRequest as _mallbots_stores_v1_CreateStoreRequest,
  CreateStoreRequest__Output as _mallbots_stores_v1_CreateStoreRequest__Output,
} from './mallbots/stores/v1/CreateStoreRequest.ts';
import type {
  CreateStoreResponse as _mallbots_stores_v1_CreateStoreResponse,
  CreateStoreResponse__Output as _mallbots_stores_v1_CreateStoreResponse__Output,
} from './mallbots/stores/v1/CreateStoreResponse.ts';
import type {
  DecreaseProductPriceRequest as _mallbots_stores_v1_DecreaseProductPriceRequest,
  DecreaseProductPriceRequest__Output as _mallbots_stores_v1_DecreaseProductPriceRequest__Output,
} from './mallbots/stores/v1/DecreaseProductPriceRequest.ts';
import type {
  DecreaseProductPriceResponse as _mallbots_stores_v1_DecreaseProductPriceResponse,
  DecreaseProductPriceResponse__Output as _mallbots_stores_v1_DecreaseProductPriceResponse__Output,
} from './mallbots/stores/v1/DecreaseProductPriceResponse.ts';
import type {
  DisableParticipationRequest as _mallbots_stores_v1_DisableParticipationRequest,
  DisableParticipationRequest__Output as _mallbots_stores_v1_DisableParticipationRequest__Output,
} from './mallbots/stores/v1/DisableParticipationRequest.ts';
import type {
  DisableParticipationResponse as _mallbots_stores_v1_DisableParticipationResponse,
  DisableParticipationResponse__Output as _mallbots_stores_v1_DisableParticipationResponse__Output,
} from './mallbots/stores/v1/DisableParticipationResponse.ts';
import type {
  EnableParticipationRequest as _mallbots_stores_v1_EnableParticipationRequest,
  EnableParticipationRequest__Output as _mallbots_stores_v1_EnableParticipationRequest__Output,
} from './mallbots/stores/v1/EnableParticipationRequest.ts';
import type {
  EnableParticipationResponse as _mallbots_stores_v1_EnableParticipationResponse,
  EnableParticipationResponse__Output as _mallbots_stores_v1_EnableParticipationResponse__Output,
} from './mallbots/stores/v1/EnableParticipationResponse.ts';
import type {
  GetCatalogRequest as _mallbots_stores_v1_GetCatalogRequest,
  GetCatalogRequest__Output as _mallbots_stores_v1_GetCatalogRequest__Output,
} from './mallbots/stores/v1/GetCatalogRequest.ts';
import type {
  GetCatalogResponse as _mallbots_stores_v1_GetCatalogResponse,
  GetCatalogResponse__Output as _mallbots_stores_v1_GetCatalogResponse__Output,
} from './mallbots/stores/v1/GetCatalogResponse.ts';
import type {
  GetParticipatingStoresRequest as _mallbots_stores_v1_GetParticipatingStoresRequest,
  GetParticipatingStoresRequest__Output as _mallbots_stores_v1_GetParticipatingStoresRequest__Output,
} from './mallbots/stores/v1/GetParticipatingStoresRequest.ts';
import type {
  GetParticipatingStoresResponse as _mallbots_stores_v1_GetParticipatingStoresResponse,
  GetParticipatingStoresResponse__Output as _mallbots_stores_v1_GetParticipatingStoresResponse__Output,
} from './mallbots/stores/v1/GetParticipatingStoresResponse.ts';
import type {
  GetProductRequest as _mallbots_stores_v1_GetProductRequest,
  GetProductRequest__Output as _mallbots_stores_v1_GetProductRequest__Output,
} from './mallbots/stores/v1/GetProductRequest.ts';
import type {
  GetProductResponse as _mallbots_stores_v1_GetProductResponse,
  GetProductResponse__Output as _mallbots_stores_v1_GetProductResponse__Output,
} from './mallbots/stores/v1/GetProductResponse.ts';
import type {
  GetStoreRequest as _mallbots_stores_v1_GetStoreRequest,
  GetStoreRequest__Output as _mallbots_stores_v1_GetStoreRequest__Output,
} from './mallbots/stores/v1/GetStoreRequest.ts';
import type {
  GetStoreResponse as _mallbots_stores_v1_GetStoreResponse,
  GetStoreResponse__Output as _mallbots_stores_v1_GetStoreResponse__Output,
} from './mallbots/stores/v1/GetStoreResponse.ts';
import type {
  GetStoresRequest as _mallbots_stores_v1_GetStoresRequest,
  GetStoresRequest__Output as _mallbots_stores_v1_GetStoresRequest__Output,
} from './mallbots/stores/v1/GetStoresRequest.ts';
import type {
  GetStoresResponse as _mallbots_stores_v1_GetStoresResponse,
  GetStoresResponse__Output as _mallbots_stores_v1_GetStoresResponse__Output,
} from './mallbots/stores/v1/GetStoresResponse.ts';
import type {
  IncreaseProductPriceRequest as _mallbots_stores_v1_IncreaseProductPriceRequest,
  IncreaseProductPriceRequest__Output as _mallbots_stores_v1_IncreaseProductPriceRequest__Output,
} from './mallbots/stores/v1/IncreaseProductPriceRequest.ts';
import type {
  IncreaseProductPriceResponse as _mallbots_stores_v1_IncreaseProductPriceResponse,
  IncreaseProductPriceResponse__Output as _mallbots_stores_v1_IncreaseProductPriceResponse__Output,
} from './mallbots/stores/v1/IncreaseProductPriceResponse.ts';
import type {
  Product as _mallbots_stores_v1_Product,
  Product__Output as _mallbots_stores_v1_Product__Output,
} from './mallbots/stores/v1/Product.ts';
import type {
  RebrandProductRequest as _mallbots_stores_v1_RebrandProductRequest,
  RebrandProductRequest__Output as _mallbots_stores_v1_RebrandProductRequest__Output,
} from './mallbots/stores/v1/RebrandProductRequest.ts';
import type {
  RebrandProductResponse as _mallbots_stores_v1_RebrandProductResponse,
  RebrandProductResponse__Output as _mallbots_stores_v1_RebrandProductResponse__Output,
} from './mallbots/stores/v1/RebrandProductResponse.ts';
import type {
  RebrandStoreRequest as _mallbots_stores_v1_RebrandStoreRequest,
  RebrandStoreRequest__Output as _mallbots_stores_v1_RebrandStoreRequest__Output,
} from './mallbots/stores/v1/RebrandStoreRequest.ts';
import type {
  RebrandStoreResponse as _mallbots_stores_v1_RebrandStoreResponse,
  RebrandStoreResponse__Output as _mallbots_stores_v1_RebrandStoreResponse__Output,
} from './mallbots/stores/v1/RebrandStoreResponse.ts';
import type {
  RemoveProductRequest as _mallbots_stores_v1_RemoveProductRequest,
  RemoveProductRequest__Output as _mallbots_stores_v1_RemoveProductRequest__Output,
} from './mallbots/stores/v1/RemoveProductRequest.ts';
import type {
  RemoveProductResponse as _mallbots_stores_v1_RemoveProductResponse,
  RemoveProductResponse__Output as _mallbots_stores_v1_RemoveProductResponse__Output,
} from './mallbots/stores/v1/RemoveProductResponse.ts';
import type {
  Store as _mallbots_stores_v1_Store,
  Store__Output as _mallbots_stores_v1_Store__Output,
} from './mallbots/stores/v1/Store.ts';
import type {
  StoresServiceClient as _mallbots_stores_v1_StoresServiceClient,
  StoresServiceDefinition as _mallbots_stores_v1_StoresServiceDefinition,
} from './mallbots/stores/v1/StoresService.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new (...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>;
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>;
    };
  };
  mallbots: {
    baskets: {
      v1: {
        AddItemRequest: MessageTypeDefinition<_mallbots_baskets_v1_AddItemRequest, _mallbots_baskets_v1_AddItemRequest__Output>;
        AddItemResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_AddItemResponse,
          _mallbots_baskets_v1_AddItemResponse__Output
        >;
        Basket: MessageTypeDefinition<_mallbots_baskets_v1_Basket, _mallbots_baskets_v1_Basket__Output>;
        /**
         * Kiosk baskets: start, fill, cancel, check out.
         */
        BasketService: SubtypeConstructor<typeof grpc.Client, _mallbots_baskets_v1_BasketServiceClient> & {
          service: _mallbots_baskets_v1_BasketServiceDefinition;
        };
        BasketStatus: EnumTypeDefinition;
        CancelBasketRequest: MessageTypeDefinition<
          _mallbots_baskets_v1_CancelBasketRequest,
          _mallbots_baskets_v1_CancelBasketRequest__Output
        >;
        CancelBasketResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_CancelBasketResponse,
          _mallbots_baskets_v1_CancelBasketResponse__Output
        >;
        CheckoutBasketRequest: MessageTypeDefinition<
          _mallbots_baskets_v1_CheckoutBasketRequest,
          _mallbots_baskets_v1_CheckoutBasketRequest__Output
        >;
        CheckoutBasketResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_CheckoutBasketResponse,
          _mallbots_baskets_v1_CheckoutBasketResponse__Output
        >;
        GetBasketRequest: MessageTypeDefinition<
          _mallbots_baskets_v1_GetBasketRequest,
          _mallbots_baskets_v1_GetBasketRequest__Output
        >;
        GetBasketResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_GetBasketResponse,
          _mallbots_baskets_v1_GetBasketResponse__Output
        >;
        Item: MessageTypeDefinition<_mallbots_baskets_v1_Item, _mallbots_baskets_v1_Item__Output>;
        RemoveItemRequest: MessageTypeDefinition<
          _mallbots_baskets_v1_RemoveItemRequest,
          _mallbots_baskets_v1_RemoveItemRequest__Output
        >;
        RemoveItemResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_RemoveItemResponse,
          _mallbots_baskets_v1_RemoveItemResponse__Output
        >;
        StartBasketRequest: MessageTypeDefinition<
          _mallbots_baskets_v1_StartBasketRequest,
          _mallbots_baskets_v1_StartBasketRequest__Output
        >;
        StartBasketResponse: MessageTypeDefinition<
          _mallbots_baskets_v1_StartBasketResponse,
          _mallbots_baskets_v1_StartBasketResponse__Output
        >;
      };
    };
    cosec: {
      v1: {
        CompensateSagaRequest: MessageTypeDefinition<
          _mallbots_cosec_v1_CompensateSagaRequest,
          _mallbots_cosec_v1_CompensateSagaRequest__Output
        >;
        CompensateSagaResponse: MessageTypeDefinition<
          _mallbots_cosec_v1_CompensateSagaResponse,
          _mallbots_cosec_v1_CompensateSagaResponse__Output
        >;
        GetSagaRequest: MessageTypeDefinition<_mallbots_cosec_v1_GetSagaRequest, _mallbots_cosec_v1_GetSagaRequest__Output>;
        GetSagaResponse: MessageTypeDefinition<_mallbots_cosec_v1_GetSagaResponse, _mallbots_cosec_v1_GetSagaResponse__Output>;
        ListSagasRequest: MessageTypeDefinition<_mallbots_cosec_v1_ListSagasRequest, _mallbots_cosec_v1_ListSagasRequest__Output>;
        ListSagasResponse: MessageTypeDefinition<
          _mallbots_cosec_v1_ListSagasResponse,
          _mallbots_cosec_v1_ListSagasResponse__Output
        >;
        RetrySagaRequest: MessageTypeDefinition<_mallbots_cosec_v1_RetrySagaRequest, _mallbots_cosec_v1_RetrySagaRequest__Output>;
        RetrySagaResponse: MessageTypeDefinition<
          _mallbots_cosec_v1_RetrySagaResponse,
          _mallbots_cosec_v1_RetrySagaResponse__Output
        >;
        Saga: MessageTypeDefinition<_mallbots_cosec_v1_Saga, _mallbots_cosec_v1_Saga__Output>;
        /**
         * Operator API for saga instances.
         */
        SagaAdminService: SubtypeConstructor<typeof grpc.Client, _mallbots_cosec_v1_SagaAdminServiceClient> & {
          service: _mallbots_cosec_v1_SagaAdminServiceDefinition;
        };
        SagaHistoryEntry: MessageTypeDefinition<_mallbots_cosec_v1_SagaHistoryEntry, _mallbots_cosec_v1_SagaHistoryEntry__Output>;
        SagaStatus: EnumTypeDefinition;
        StepDirection: EnumTypeDefinition;
        StepOutcome: EnumTypeDefinition;
      };
    };
    customers: {
      v1: {
        AuthorizeCustomerRequest: MessageTypeDefinition<
          _mallbots_customers_v1_AuthorizeCustomerRequest,
          _mallbots_customers_v1_AuthorizeCustomerRequest__Output
        >;
        AuthorizeCustomerResponse: MessageTypeDefinition<
          _mallbots_customers_v1_AuthorizeCustomerResponse,
          _mallbots_customers_v1_AuthorizeCustomerResponse__Output
        >;
        ChangeSmsNumberRequest: MessageTypeDefinition<
          _mallbots_customers_v1_ChangeSmsNumberRequest,
          _mallbots_customers_v1_ChangeSmsNumberRequest__Output
        >;
        ChangeSmsNumberResponse: MessageTypeDefinition<
          _mallbots_customers_v1_ChangeSmsNumberResponse,
          _mallbots_customers_v1_ChangeSmsNumberResponse__Output
        >;
        Customer: MessageTypeDefinition<_mallbots_customers_v1_Customer, _mallbots_customers_v1_Customer__Output>;
        /**
         * Registers customers and decides whether they may place orders.
         */
        CustomersService: SubtypeConstructor<typeof grpc.Client, _mallbots_customers_v1_CustomersServiceClient> & {
          service: _mallbots_customers_v1_CustomersServiceDefinition;
        };
        DisableCustomerRequest: MessageTypeDefinition<
          _mallbots_customers_v1_DisableCustomerRequest,
          _mallbots_customers_v1_DisableCustomerRequest__Output
        >;
        DisableCustomerResponse: MessageTypeDefinition<
          _mallbots_customers_v1_DisableCustomerResponse,
          _mallbots_customers_v1_DisableCustomerResponse__Output
        >;
        EnableCustomerRequest: MessageTypeDefinition<
          _mallbots_customers_v1_EnableCustomerRequest,
          _mallbots_customers_v1_EnableCustomerRequest__Output
        >;
        EnableCustomerResponse: MessageTypeDefinition<
          _mallbots_customers_v1_EnableCustomerResponse,
          _mallbots_customers_v1_EnableCustomerResponse__Output
        >;
        GetCustomerRequest: MessageTypeDefinition<
          _mallbots_customers_v1_GetCustomerRequest,
          _mallbots_customers_v1_GetCustomerRequest__Output
        >;
        GetCustomerResponse: MessageTypeDefinition<
          _mallbots_customers_v1_GetCustomerResponse,
          _mallbots_customers_v1_GetCustomerResponse__Output
        >;
        RegisterCustomerRequest: MessageTypeDefinition<
          _mallbots_customers_v1_RegisterCustomerRequest,
          _mallbots_customers_v1_RegisterCustomerRequest__Output
        >;
        RegisterCustomerResponse: MessageTypeDefinition<
          _mallbots_customers_v1_RegisterCustomerResponse,
          _mallbots_customers_v1_RegisterCustomerResponse__Output
        >;
      };
    };
    depot: {
      v1: {
        AssignShoppingListRequest: MessageTypeDefinition<
          _mallbots_depot_v1_AssignShoppingListRequest,
          _mallbots_depot_v1_AssignShoppingListRequest__Output
        >;
        AssignShoppingListResponse: MessageTypeDefinition<
          _mallbots_depot_v1_AssignShoppingListResponse,
          _mallbots_depot_v1_AssignShoppingListResponse__Output
        >;
        CancelShoppingList: MessageTypeDefinition<
          _mallbots_depot_v1_CancelShoppingList,
          _mallbots_depot_v1_CancelShoppingList__Output
        >;
        CancelShoppingListRequest: MessageTypeDefinition<
          _mallbots_depot_v1_CancelShoppingListRequest,
          _mallbots_depot_v1_CancelShoppingListRequest__Output
        >;
        CancelShoppingListResponse: MessageTypeDefinition<
          _mallbots_depot_v1_CancelShoppingListResponse,
          _mallbots_depot_v1_CancelShoppingListResponse__Output
        >;
        CompleteShoppingListRequest: MessageTypeDefinition<
          _mallbots_depot_v1_CompleteShoppingListRequest,
          _mallbots_depot_v1_CompleteShoppingListRequest__Output
        >;
        CompleteShoppingListResponse: MessageTypeDefinition<
          _mallbots_depot_v1_CompleteShoppingListResponse,
          _mallbots_depot_v1_CompleteShoppingListResponse__Output
        >;
        CreateShoppingList: MessageTypeDefinition<
          _mallbots_depot_v1_CreateShoppingList,
          _mallbots_depot_v1_CreateShoppingList__Output
        >;
        CreateShoppingListRequest: MessageTypeDefinition<
          _mallbots_depot_v1_CreateShoppingListRequest,
          _mallbots_depot_v1_CreateShoppingListRequest__Output
        >;
        CreateShoppingListResponse: MessageTypeDefinition<
          _mallbots_depot_v1_CreateShoppingListResponse,
          _mallbots_depot_v1_CreateShoppingListResponse__Output
        >;
        CreatedShoppingList: MessageTypeDefinition<
          _mallbots_depot_v1_CreatedShoppingList,
          _mallbots_depot_v1_CreatedShoppingList__Output
        >;
        /**
         * Shopping lists: pending -> available (InitiateShopping) -> assigned -> completed; cancel from any but completed.
         */
        DepotService: SubtypeConstructor<typeof grpc.Client, _mallbots_depot_v1_DepotServiceClient> & {
          service: _mallbots_depot_v1_DepotServiceDefinition;
        };
        GetShoppingListRequest: MessageTypeDefinition<
          _mallbots_depot_v1_GetShoppingListRequest,
          _mallbots_depot_v1_GetShoppingListRequest__Output
        >;
        GetShoppingListResponse: MessageTypeDefinition<
          _mallbots_depot_v1_GetShoppingListResponse,
          _mallbots_depot_v1_GetShoppingListResponse__Output
        >;
        InitiateShopping: MessageTypeDefinition<_mallbots_depot_v1_InitiateShopping, _mallbots_depot_v1_InitiateShopping__Output>;
        InitiateShoppingRequest: MessageTypeDefinition<
          _mallbots_depot_v1_InitiateShoppingRequest,
          _mallbots_depot_v1_InitiateShoppingRequest__Output
        >;
        InitiateShoppingResponse: MessageTypeDefinition<
          _mallbots_depot_v1_InitiateShoppingResponse,
          _mallbots_depot_v1_InitiateShoppingResponse__Output
        >;
        Item: MessageTypeDefinition<_mallbots_depot_v1_Item, _mallbots_depot_v1_Item__Output>;
        ListShoppingListsRequest: MessageTypeDefinition<
          _mallbots_depot_v1_ListShoppingListsRequest,
          _mallbots_depot_v1_ListShoppingListsRequest__Output
        >;
        ListShoppingListsResponse: MessageTypeDefinition<
          _mallbots_depot_v1_ListShoppingListsResponse,
          _mallbots_depot_v1_ListShoppingListsResponse__Output
        >;
        OrderItem: MessageTypeDefinition<_mallbots_depot_v1_OrderItem, _mallbots_depot_v1_OrderItem__Output>;
        ShoppingList: MessageTypeDefinition<_mallbots_depot_v1_ShoppingList, _mallbots_depot_v1_ShoppingList__Output>;
        ShoppingListCompleted: MessageTypeDefinition<
          _mallbots_depot_v1_ShoppingListCompleted,
          _mallbots_depot_v1_ShoppingListCompleted__Output
        >;
        ShoppingListStatus: EnumTypeDefinition;
        Stop: MessageTypeDefinition<_mallbots_depot_v1_Stop, _mallbots_depot_v1_Stop__Output>;
      };
    };
    notifications: {
      v1: {
        ListNotificationsRequest: MessageTypeDefinition<
          _mallbots_notifications_v1_ListNotificationsRequest,
          _mallbots_notifications_v1_ListNotificationsRequest__Output
        >;
        ListNotificationsResponse: MessageTypeDefinition<
          _mallbots_notifications_v1_ListNotificationsResponse,
          _mallbots_notifications_v1_ListNotificationsResponse__Output
        >;
        Notification: MessageTypeDefinition<
          _mallbots_notifications_v1_Notification,
          _mallbots_notifications_v1_Notification__Output
        >;
        NotificationKind: EnumTypeDefinition;
        NotificationSent: MessageTypeDefinition<
          _mallbots_notifications_v1_NotificationSent,
          _mallbots_notifications_v1_NotificationSent__Output
        >;
        /**
         * Sends customer notifications about their orders and lists what was sent.
         */
        NotificationsService: SubtypeConstructor<typeof grpc.Client, _mallbots_notifications_v1_NotificationsServiceClient> & {
          service: _mallbots_notifications_v1_NotificationsServiceDefinition;
        };
        NotifyOrderApprovedRequest: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderApprovedRequest,
          _mallbots_notifications_v1_NotifyOrderApprovedRequest__Output
        >;
        NotifyOrderApprovedResponse: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderApprovedResponse,
          _mallbots_notifications_v1_NotifyOrderApprovedResponse__Output
        >;
        NotifyOrderCanceledRequest: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderCanceledRequest,
          _mallbots_notifications_v1_NotifyOrderCanceledRequest__Output
        >;
        NotifyOrderCanceledResponse: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderCanceledResponse,
          _mallbots_notifications_v1_NotifyOrderCanceledResponse__Output
        >;
        NotifyOrderCreatedRequest: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderCreatedRequest,
          _mallbots_notifications_v1_NotifyOrderCreatedRequest__Output
        >;
        NotifyOrderCreatedResponse: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderCreatedResponse,
          _mallbots_notifications_v1_NotifyOrderCreatedResponse__Output
        >;
        NotifyOrderReadyRequest: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderReadyRequest,
          _mallbots_notifications_v1_NotifyOrderReadyRequest__Output
        >;
        NotifyOrderReadyResponse: MessageTypeDefinition<
          _mallbots_notifications_v1_NotifyOrderReadyResponse,
          _mallbots_notifications_v1_NotifyOrderReadyResponse__Output
        >;
      };
    };
    ordering: {
      v1: {
        ApproveOrder: MessageTypeDefinition<_mallbots_ordering_v1_ApproveOrder, _mallbots_ordering_v1_ApproveOrder__Output>;
        CancelOrderRequest: MessageTypeDefinition<
          _mallbots_ordering_v1_CancelOrderRequest,
          _mallbots_ordering_v1_CancelOrderRequest__Output
        >;
        CancelOrderResponse: MessageTypeDefinition<
          _mallbots_ordering_v1_CancelOrderResponse,
          _mallbots_ordering_v1_CancelOrderResponse__Output
        >;
        CompleteOrderRequest: MessageTypeDefinition<
          _mallbots_ordering_v1_CompleteOrderRequest,
          _mallbots_ordering_v1_CompleteOrderRequest__Output
        >;
        CompleteOrderResponse: MessageTypeDefinition<
          _mallbots_ordering_v1_CompleteOrderResponse,
          _mallbots_ordering_v1_CompleteOrderResponse__Output
        >;
        CreateOrderRequest: MessageTypeDefinition<
          _mallbots_ordering_v1_CreateOrderRequest,
          _mallbots_ordering_v1_CreateOrderRequest__Output
        >;
        CreateOrderResponse: MessageTypeDefinition<
          _mallbots_ordering_v1_CreateOrderResponse,
          _mallbots_ordering_v1_CreateOrderResponse__Output
        >;
        GetOrderRequest: MessageTypeDefinition<
          _mallbots_ordering_v1_GetOrderRequest,
          _mallbots_ordering_v1_GetOrderRequest__Output
        >;
        GetOrderResponse: MessageTypeDefinition<
          _mallbots_ordering_v1_GetOrderResponse,
          _mallbots_ordering_v1_GetOrderResponse__Output
        >;
        Item: MessageTypeDefinition<_mallbots_ordering_v1_Item, _mallbots_ordering_v1_Item__Output>;
        Order: MessageTypeDefinition<_mallbots_ordering_v1_Order, _mallbots_ordering_v1_Order__Output>;
        OrderApproved: MessageTypeDefinition<_mallbots_ordering_v1_OrderApproved, _mallbots_ordering_v1_OrderApproved__Output>;
        OrderCanceled: MessageTypeDefinition<_mallbots_ordering_v1_OrderCanceled, _mallbots_ordering_v1_OrderCanceled__Output>;
        OrderCompleted: MessageTypeDefinition<_mallbots_ordering_v1_OrderCompleted, _mallbots_ordering_v1_OrderCompleted__Output>;
        OrderCreated: MessageTypeDefinition<_mallbots_ordering_v1_OrderCreated, _mallbots_ordering_v1_OrderCreated__Output>;
        OrderReadied: MessageTypeDefinition<_mallbots_ordering_v1_OrderReadied, _mallbots_ordering_v1_OrderReadied__Output>;
        OrderRejected: MessageTypeDefinition<_mallbots_ordering_v1_OrderRejected, _mallbots_ordering_v1_OrderRejected__Output>;
        OrderStatus: EnumTypeDefinition;
        /**
         * The order lifecycle: pending -> approved | rejected; approved -> ready -> completed; pending -> cancelled.
         */
        OrderingService: SubtypeConstructor<typeof grpc.Client, _mallbots_ordering_v1_OrderingServiceClient> & {
          service: _mallbots_ordering_v1_OrderingServiceDefinition;
        };
        ReadyOrderRequest: MessageTypeDefinition<
          _mallbots_ordering_v1_ReadyOrderRequest,
          _mallbots_ordering_v1_ReadyOrderRequest__Output
        >;
        ReadyOrderResponse: MessageTypeDefinition<
          _mallbots_ordering_v1_ReadyOrderResponse,
          _mallbots_ordering_v1_ReadyOrderResponse__Output
        >;
        RejectOrder: MessageTypeDefinition<_mallbots_ordering_v1_RejectOrder, _mallbots_ordering_v1_RejectOrder__Output>;
      };
    };
    payments: {
      v1: {
        AdjustInvoiceRequest: MessageTypeDefinition<
          _mallbots_payments_v1_AdjustInvoiceRequest,
          _mallbots_payments_v1_AdjustInvoiceRequest__Output
        >;
        AdjustInvoiceResponse: MessageTypeDefinition<
          _mallbots_payments_v1_AdjustInvoiceResponse,
          _mallbots_payments_v1_AdjustInvoiceResponse__Output
        >;
        AuthorizePaymentRequest: MessageTypeDefinition<
          _mallbots_payments_v1_AuthorizePaymentRequest,
          _mallbots_payments_v1_AuthorizePaymentRequest__Output
        >;
        AuthorizePaymentResponse: MessageTypeDefinition<
          _mallbots_payments_v1_AuthorizePaymentResponse,
          _mallbots_payments_v1_AuthorizePaymentResponse__Output
        >;
        CancelInvoiceRequest: MessageTypeDefinition<
          _mallbots_payments_v1_CancelInvoiceRequest,
          _mallbots_payments_v1_CancelInvoiceRequest__Output
        >;
        CancelInvoiceResponse: MessageTypeDefinition<
          _mallbots_payments_v1_CancelInvoiceResponse,
          _mallbots_payments_v1_CancelInvoiceResponse__Output
        >;
        ConfirmPaymentRequest: MessageTypeDefinition<
          _mallbots_payments_v1_ConfirmPaymentRequest,
          _mallbots_payments_v1_ConfirmPaymentRequest__Output
        >;
        ConfirmPaymentResponse: MessageTypeDefinition<
          _mallbots_payments_v1_ConfirmPaymentResponse,
          _mallbots_payments_v1_ConfirmPaymentResponse__Output
        >;
        CreateInvoiceRequest: MessageTypeDefinition<
          _mallbots_payments_v1_CreateInvoiceRequest,
          _mallbots_payments_v1_CreateInvoiceRequest__Output
        >;
        CreateInvoiceResponse: MessageTypeDefinition<
          _mallbots_payments_v1_CreateInvoiceResponse,
          _mallbots_payments_v1_CreateInvoiceResponse__Output
        >;
        GetInvoiceRequest: MessageTypeDefinition<
          _mallbots_payments_v1_GetInvoiceRequest,
          _mallbots_payments_v1_GetInvoiceRequest__Output
        >;
        GetInvoiceResponse: MessageTypeDefinition<
          _mallbots_payments_v1_GetInvoiceResponse,
          _mallbots_payments_v1_GetInvoiceResponse__Output
        >;
        GetPaymentRequest: MessageTypeDefinition<
          _mallbots_payments_v1_GetPaymentRequest,
          _mallbots_payments_v1_GetPaymentRequest__Output
        >;
        GetPaymentResponse: MessageTypeDefinition<
          _mallbots_payments_v1_GetPaymentResponse,
          _mallbots_payments_v1_GetPaymentResponse__Output
        >;
        Invoice: MessageTypeDefinition<_mallbots_payments_v1_Invoice, _mallbots_payments_v1_Invoice__Output>;
        InvoiceStatus: EnumTypeDefinition;
        PayInvoiceRequest: MessageTypeDefinition<
          _mallbots_payments_v1_PayInvoiceRequest,
          _mallbots_payments_v1_PayInvoiceRequest__Output
        >;
        PayInvoiceResponse: MessageTypeDefinition<
          _mallbots_payments_v1_PayInvoiceResponse,
          _mallbots_payments_v1_PayInvoiceResponse__Output
        >;
        Payment: MessageTypeDefinition<_mallbots_payments_v1_Payment, _mallbots_payments_v1_Payment__Output>;
        PaymentStatus: EnumTypeDefinition;
        /**
         * Payments and invoices.
         */
        PaymentsService: SubtypeConstructor<typeof grpc.Client, _mallbots_payments_v1_PaymentsServiceClient> & {
          service: _mallbots_payments_v1_PaymentsServiceDefinition;
        };
      };
    };
    search: {
      v1: {
        Filters: MessageTypeDefinition<_mallbots_search_v1_Filters, _mallbots_search_v1_Filters__Output>;
        GetOrderRequest: MessageTypeDefinition<_mallbots_search_v1_GetOrderRequest, _mallbots_search_v1_GetOrderRequest__Output>;
        GetOrderResponse: MessageTypeDefinition<
          _mallbots_search_v1_GetOrderResponse,
          _mallbots_search_v1_GetOrderResponse__Output
        >;
        Item: MessageTypeDefinition<_mallbots_search_v1_Item, _mallbots_search_v1_Item__Output>;
        Order: MessageTypeDefinition<_mallbots_search_v1_Order, _mallbots_search_v1_Order__Output>;
        OrderStatus: EnumTypeDefinition;
        SearchOrdersRequest: MessageTypeDefinition<
          _mallbots_search_v1_SearchOrdersRequest,
          _mallbots_search_v1_SearchOrdersRequest__Output
        >;
        SearchOrdersResponse: MessageTypeDefinition<
          _mallbots_search_v1_SearchOrdersResponse,
          _mallbots_search_v1_SearchOrdersResponse__Output
        >;
        /**
         * Searches orders.
         */
        SearchService: SubtypeConstructor<typeof grpc.Client, _mallbots_search_v1_SearchServiceClient> & {
          service: _mallbots_search_v1_SearchServiceDefinition;
        };
      };
    };
    stores: {
      v1: {
        AddProductRequest: MessageTypeDefinition<
          _mallbots_stores_v1_AddProductRequest,
          _mallbots_stores_v1_AddProductRequest__Output
        >;
        AddProductResponse: MessageTypeDefinition<
          _mallbots_stores_v1_AddProductResponse,
          _mallbots_stores_v1_AddProductResponse__Output
        >;
        CreateStoreRequest: MessageTypeDefinition<
          _mallbots_stores_v1_CreateStoreRequest,
          _mallbots_stores_v1_CreateStoreRequest__Output
        >;
        CreateStoreResponse: MessageTypeDefinition<
          _mallbots_stores_v1_CreateStoreResponse,
          _mallbots_stores_v1_CreateStoreResponse__Output
        >;
        DecreaseProductPriceRequest: MessageTypeDefinition<
          _mallbots_stores_v1_DecreaseProductPriceRequest,
          _mallbots_stores_v1_DecreaseProductPriceRequest__Output
        >;
        DecreaseProductPriceResponse: MessageTypeDefinition<
          _mallbots_stores_v1_DecreaseProductPriceResponse,
          _mallbots_stores_v1_DecreaseProductPriceResponse__Output
        >;
        DisableParticipationRequest: MessageTypeDefinition<
          _mallbots_stores_v1_DisableParticipationRequest,
          _mallbots_stores_v1_DisableParticipationRequest__Output
        >;
        DisableParticipationResponse: MessageTypeDefinition<
          _mallbots_stores_v1_DisableParticipationResponse,
          _mallbots_stores_v1_DisableParticipationResponse__Output
        >;
        EnableParticipationRequest: MessageTypeDefinition<
          _mallbots_stores_v1_EnableParticipationRequest,
          _mallbots_stores_v1_EnableParticipationRequest__Output
        >;
        EnableParticipationResponse: MessageTypeDefinition<
          _mallbots_stores_v1_EnableParticipationResponse,
          _mallbots_stores_v1_EnableParticipationResponse__Output
        >;
        GetCatalogRequest: MessageTypeDefinition<
          _mallbots_stores_v1_GetCatalogRequest,
          _mallbots_stores_v1_GetCatalogRequest__Output
        >;
        GetCatalogResponse: MessageTypeDefinition<
          _mallbots_stores_v1_GetCatalogResponse,
          _mallbots_stores_v1_GetCatalogResponse__Output
        >;
        GetParticipatingStoresRequest: MessageTypeDefinition<
          _mallbots_stores_v1_GetParticipatingStoresRequest,
          _mallbots_stores_v1_GetParticipatingStoresRequest__Output
        >;
        GetParticipatingStoresResponse: MessageTypeDefinition<
          _mallbots_stores_v1_GetParticipatingStoresResponse,
          _mallbots_stores_v1_GetParticipatingStoresResponse__Output
        >;
        GetProductRequest: MessageTypeDefinition<
          _mallbots_stores_v1_GetProductRequest,
          _mallbots_stores_v1_GetProductRequest__Output
        >;
        GetProductResponse: MessageTypeDefinition<
          _mallbots_stores_v1_GetProductResponse,
          _mallbots_stores_v1_GetProductResponse__Output
        >;
        GetStoreRequest: MessageTypeDefinition<_mallbots_stores_v1_GetStoreRequest, _mallbots_stores_v1_GetStoreRequest__Output>;
        GetStoreResponse: MessageTypeDefinition<
          _mallbots_stores_v1_GetStoreResponse,
          _mallbots_stores_v1_GetStoreResponse__Output
        >;
        GetStoresRequest: MessageTypeDefinition<
          _mallbots_stores_v1_GetStoresRequest,
          _mallbots_stores_v1_GetStoresRequest__Output
        >;
        GetStoresResponse: MessageTypeDefinition<
          _mallbots_stores_v1_GetStoresResponse,
          _mallbots_stores_v1_GetStoresResponse__Output
        >;
        IncreaseProductPriceRequest: MessageTypeDefinition<
          _mallbots_stores_v1_IncreaseProductPriceRequest,
          _mallbots_stores_v1_IncreaseProductPriceRequest__Output
        >;
        IncreaseProductPriceResponse: MessageTypeDefinition<
          _mallbots_stores_v1_IncreaseProductPriceResponse,
          _mallbots_stores_v1_IncreaseProductPriceResponse__Output
        >;
        Product: MessageTypeDefinition<_mallbots_stores_v1_Product, _mallbots_stores_v1_Product__Output>;
        RebrandProductRequest: MessageTypeDefinition<
          _mallbots_stores_v1_RebrandProductRequest,
          _mallbots_stores_v1_RebrandProductRequest__Output
        >;
        RebrandProductResponse: MessageTypeDefinition<
          _mallbots_stores_v1_RebrandProductResponse,
          _mallbots_stores_v1_RebrandProductResponse__Output
        >;
        RebrandStoreRequest: MessageTypeDefinition<
          _mallbots_stores_v1_RebrandStoreRequest,
          _mallbots_stores_v1_RebrandStoreRequest__Output
        >;
        RebrandStoreResponse: MessageTypeDefinition<
          _mallbots_stores_v1_RebrandStoreResponse,
          _mallbots_stores_v1_RebrandStoreResponse__Output
        >;
        RemoveProductRequest: MessageTypeDefinition<
          _mallbots_stores_v1_RemoveProductRequest,
          _mallbots_stores_v1_RemoveProductRequest__Output
        >;
        RemoveProductResponse: MessageTypeDefinition<
          _mallbots_stores_v1_RemoveProductResponse,
          _mallbots_stores_v1_RemoveProductResponse__Output
        >;
        Store: MessageTypeDefinition<_mallbots_stores_v1_Store, _mallbots_stores_v1_Store__Output>;
        /**
         * Manages stores and their product catalogues. Writes are event sourced; queries read the projections.
         */
        StoresService: SubtypeConstructor<typeof grpc.Client, _mallbots_stores_v1_StoresServiceClient> & {
          service: _mallbots_stores_v1_StoresServiceDefinition;
        };
      };
    };
  };
}
