// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a store joins (EnableParticipation) or leaves (DisableParticipation) the mall.
 */
export interface StoreParticipationToggled {
  /**
   * Store id (UUID).
   */
  id?: string;
  /**
   * The new participation state.
   */
  participating?: boolean;
  /**
   * Store aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when a store joins (EnableParticipation) or leaves (DisableParticipation) the mall.
 */
export interface StoreParticipationToggled__Output {
  /**
   * Store id (UUID).
   */
  id: string;
  /**
   * The new participation state.
   */
  participating: boolean;
  /**
   * Store aggregate version after the change.
   */
  version: number;
}
