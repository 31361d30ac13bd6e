// Original file: proto/mallbots/cosec/v1/api.proto

import type {
  StepDirection as _mallbots_cosec_v1_StepDirection,
  StepDirection__Output as _mallbots_cosec_v1_StepDirection__Output,
} from '../../../mallbots/cosec/v1/StepDirection.ts';
import type {
  StepOutcome as _mallbots_cosec_v1_StepOutcome,
  StepOutcome__Output as _mallbots_cosec_v1_StepOutcome__Output,
} from '../../../mallbots/cosec/v1/StepOutcome.ts';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../../google/protobuf/Timestamp.ts';

/**
 * One entry of a saga's step history: a command sent and what came of it.
 */
export interface SagaHistoryEntry {
  /**
   * Step index.
   */
  step?: number;
  /**
   * Action or compensation.
   */
  direction?: _mallbots_cosec_v1_StepDirection;
  /**
   * Fully qualified name of the command sent, e.g. "mallbots.depot.v1.CreateShoppingList".
   */
  command?: string;
  /**
   * Fully qualified name of the reply received; blank while pending or after a timeout.
   */
  reply?: string;
  /**
   * What came of the command.
   */
  outcome?: _mallbots_cosec_v1_StepOutcome;
  /**
   * When the outcome was recorded (when the command was sent, while pending).
   */
  at?: _google_protobuf_Timestamp | null;
  /**
   * Failure code and message of the reply, the timeout, or the operator's reason; blank on success.
   */
  detail?: string;
}

/**
 * One entry of a saga's step history: a command sent and what came of it.
 */
export interface SagaHistoryEntry__Output {
  /**
   * Step index.
   */
  step: number;
  /**
   * Action or compensation.
   */
  direction: _mallbots_cosec_v1_StepDirection__Output;
  /**
   * Fully qualified name of the command sent, e.g. "mallbots.depot.v1.CreateShoppingList".
   */
  command: string;
  /**
   * Fully qualified name of the reply received; blank while pending or after a timeout.
   */
  reply: string;
  /**
   * What came of the command.
   */
  outcome: _mallbots_cosec_v1_StepOutcome__Output;
  /**
   * When the outcome was recorded (when the command was sent, while pending).
   */
  at: _google_protobuf_Timestamp__Output | null;
  /**
   * Failure code and message of the reply, the timeout, or the operator's reason; blank on success.
   */
  detail: string;
}
