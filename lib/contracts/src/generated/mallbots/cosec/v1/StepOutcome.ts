// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Outcome of one command sent by the saga.
 */
export const StepOutcome = {
  /**
   * Not set.
   */
  STEP_OUTCOME_UNSPECIFIED: 'STEP_OUTCOME_UNSPECIFIED',
  /**
   * Command sent; no reply yet.
   */
  STEP_OUTCOME_PENDING: 'STEP_OUTCOME_PENDING',
  /**
   * Reply with outcome SUCCESS.
   */
  STEP_OUTCOME_SUCCESS: 'STEP_OUTCOME_SUCCESS',
  /**
   * Reply with outcome FAILURE.
   */
  STEP_OUTCOME_FAILURE: 'STEP_OUTCOME_FAILURE',
  /**
   * The deadline passed without a reply.
   */
  STEP_OUTCOME_TIMED_OUT: 'STEP_OUTCOME_TIMED_OUT',
} as const;

/**
 * Outcome of one command sent by the saga.
 */
export type StepOutcome =
  /**
   * Not set.
   */
  | 'STEP_OUTCOME_UNSPECIFIED'
  | 0
  /**
   * Command sent; no reply yet.
   */
  | 'STEP_OUTCOME_PENDING'
  | 1
  /**
   * Reply with outcome SUCCESS.
   */
  | 'STEP_OUTCOME_SUCCESS'
  | 2
  /**
   * Reply with outcome FAILURE.
   */
  | 'STEP_OUTCOME_FAILURE'
  | 3
  /**
   * The deadline passed without a reply.
   */
  | 'STEP_OUTCOME_TIMED_OUT'
  | 4;

/**
 * Outcome of one command sent by the saga.
 */
export type StepOutcome__Output = (typeof StepOutcome)[keyof typeof StepOutcome];
