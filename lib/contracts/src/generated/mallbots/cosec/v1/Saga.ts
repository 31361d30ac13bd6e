// Original file: proto/mallbots/cosec/v1/api.proto

import type {
  SagaStatus as _mallbots_cosec_v1_SagaStatus,
  SagaStatus__Output as _mallbots_cosec_v1_SagaStatus__Output,
} from '../../../mallbots/cosec/v1/SagaStatus.ts';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../../google/protobuf/Timestamp.ts';
import type {
  SagaHistoryEntry as _mallbots_cosec_v1_SagaHistoryEntry,
  SagaHistoryEntry__Output as _mallbots_cosec_v1_SagaHistoryEntry__Output,
} from '../../../mallbots/cosec/v1/SagaHistoryEntry.ts';

/**
 * One saga instance.
 */
export interface Saga {
  /**
   * Saga id (UUIDv5 of the saga name and the business key of the trigger, e.g. the order id: one saga per order).
   */
  id?: string;
  /**
   * Saga name, e.g. "cosec.CreateOrder".
   */
  name?: string;
  /**
   * The saga data as JSON, e.g. a mallbots.cosec.v1.CreateOrderSagaData in proto3 JSON form.
   */
  data?: string;
  /**
   * Index of the current step; -1 before the first.
   */
  step?: number;
  /**
   * Current status.
   */
  status?: _mallbots_cosec_v1_SagaStatus;
  /**
   * Optimistic concurrency version, incremented on every change.
   */
  version?: number;
  /**
   * When the current step times out; unset when the saga is not waiting for a reply.
   */
  deadline?: _google_protobuf_Timestamp | null;
  /**
   * When the saga started.
   */
  createdAt?: _google_protobuf_Timestamp | null;
  /**
   * When the saga last changed.
   */
  updatedAt?: _google_protobuf_Timestamp | null;
  /**
   * Version of the saga definition the instance runs with.
   */
  definitionVersion?: number;
  /**
   * Every command sent and its outcome, oldest first (empty in ListSagas).
   */
  history?: _mallbots_cosec_v1_SagaHistoryEntry[];
}

/**
 * One saga instance.
 */
export interface Saga__Output {
  /**
   * Saga id (UUIDv5 of the saga name and the business key of the trigger, e.g. the order id: one saga per order).
   */
  id: string;
  /**
   * Saga name, e.g. "cosec.CreateOrder".
   */
  name: string;
  /**
   * The saga data as JSON, e.g. a mallbots.cosec.v1.CreateOrderSagaData in proto3 JSON form.
   */
  data: string;
  /**
   * Index of the current step; -1 before the first.
   */
  step: number;
  /**
   * Current status.
   */
  status: _mallbots_cosec_v1_SagaStatus__Output;
  /**
   * Optimistic concurrency version, incremented on every change.
   */
  version: number;
  /**
   * When the current step times out; unset when the saga is not waiting for a reply.
   */
  deadline: _google_protobuf_Timestamp__Output | null;
  /**
   * When the saga started.
   */
  createdAt: _google_protobuf_Timestamp__Output | null;
  /**
   * When the saga last changed.
   */
  updatedAt: _google_protobuf_Timestamp__Output | null;
  /**
   * Version of the saga definition the instance runs with.
   */
  definitionVersion: number;
  /**
   * Every command sent and its outcome, oldest first (empty in ListSagas).
   */
  history: _mallbots_cosec_v1_SagaHistoryEntry__Output[];
}
