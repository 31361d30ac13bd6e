// Original file: proto/mallbots/cosec/v1/api.proto

/**
 * Whether a history entry belongs to a step's action or its compensation.
 */
export const StepDirection = {
  /**
   * Not set.
   */
  STEP_DIRECTION_UNSPECIFIED: 'STEP_DIRECTION_UNSPECIFIED',
  /**
   * The step's action (forwards).
   */
  STEP_DIRECTION_ACTION: 'STEP_DIRECTION_ACTION',
  /**
   * The step's compensation (backwards).
   */
  STEP_DIRECTION_COMPENSATION: 'STEP_DIRECTION_COMPENSATION',
} as const;

/**
 * Whether a history entry belongs to a step's action or its compensation.
 */
export type StepDirection =
  /**
   * Not set.
   */
  | 'STEP_DIRECTION_UNSPECIFIED'
  | 0
  /**
   * The step's action (forwards).
   */
  | 'STEP_DIRECTION_ACTION'
  | 1
  /**
   * The step's compensation (backwards).
   */
  | 'STEP_DIRECTION_COMPENSATION'
  | 2;

/**
 * Whether a history entry belongs to a step's action or its compensation.
 */
export type StepDirection__Output = (typeof StepDirection)[keyof typeof StepDirection];
