// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Status of a saga instance.
 */
export const SagaStatus = {
  /**
   * Not set; as a filter: any status.
   */
  SAGA_STATUS_UNSPECIFIED: 'SAGA_STATUS_UNSPECIFIED',
  /**
   * Executing its steps forwards.
   */
  SAGA_STATUS_RUNNING: 'SAGA_STATUS_RUNNING',
  /**
   * A step failed or timed out (or an operator asked); running compensations backwards.
   */
  SAGA_STATUS_COMPENSATING: 'SAGA_STATUS_COMPENSATING',
  /**
   * Every step succeeded.
   */
  SAGA_STATUS_COMPLETED: 'SAGA_STATUS_COMPLETED',
  /**
   * Every needed compensation succeeded.
   */
  SAGA_STATUS_COMPENSATED: 'SAGA_STATUS_COMPENSATED',
  /**
   * A compensation failed; parked for an operator (RetrySaga).
   */
  SAGA_STATUS_FAILED: 'SAGA_STATUS_FAILED',
} as const;

/**
 * Status of a saga instance.
 */
export type SagaStatus =
  /**
   * Not set; as a filter: any status.
   */
  | 'SAGA_STATUS_UNSPECIFIED'
  | 0
  /**
   * Executing its steps forwards.
   */
  | 'SAGA_STATUS_RUNNING'
  | 1
  /**
   * A step failed or timed out (or an operator asked); running compensations backwards.
   */
  | 'SAGA_STATUS_COMPENSATING'
  | 2
  /**
   * Every step succeeded.
   */
  | 'SAGA_STATUS_COMPLETED'
  | 3
  /**
   * Every needed compensation succeeded.
   */
  | 'SAGA_STATUS_COMPENSATED'
  | 4
  /**
   * A compensation failed; parked for an operator (RetrySaga).
   */
  | 'SAGA_STATUS_FAILED'
  | 5;

/**
 * Status of a saga instance.
 */
export type SagaStatus__Output = (typeof SagaStatus)[keyof typeof SagaStatus];
