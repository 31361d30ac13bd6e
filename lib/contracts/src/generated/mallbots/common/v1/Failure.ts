// Original file: proto/mallbots/common/v1/replies.proto

/**
 * Reply with outcome FAILURE: the participant refused or could not apply the command. Sent on the command's reply
 * channel; the coordinator starts compensating.
 */
export interface Failure {
  /**
   * Machine-readable reason: the gRPC status name of the domain error, e.g. "NOT_FOUND", "FAILED_PRECONDITION",
   * "PERMISSION_DENIED", "INVALID_ARGUMENT". Never blank.
   */
  code?: string;
  /**
   * Human-readable explanation. Never contains personal data, payloads or stack traces.
   */
  message?: string;
}

/**
 * Reply with outcome FAILURE: the participant refused or could not apply the command. Sent on the command's reply
 * channel; the coordinator starts compensating.
 */
export interface Failure__Output {
  /**
   * Machine-readable reason: the gRPC status name of the domain error, e.g. "NOT_FOUND", "FAILED_PRECONDITION",
   * "PERMISSION_DENIED", "INVALID_ARGUMENT". Never blank.
   */
  code: string;
  /**
   * Human-readable explanation. Never contains personal data, payloads or stack traces.
   */
  message: string;
}
