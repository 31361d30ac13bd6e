// Original file: proto/mallbots/depot/v1/api.proto

import type {
  Stop as _mallbots_depot_v1_Stop,
  Stop__Output as _mallbots_depot_v1_Stop__Output,
} from '../../../mallbots/depot/v1/Stop.ts';
import type {
  ShoppingListStatus as _mallbots_depot_v1_ShoppingListStatus,
  ShoppingListStatus__Output as _mallbots_depot_v1_ShoppingListStatus__Output,
} from '../../../mallbots/depot/v1/ShoppingListStatus.ts';

/**
 * A shopping list: the stops a bot makes to shop one order.
 */
export interface ShoppingList {
  /**
   * Shopping list id (UUID).
   */
  id?: string;
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * Stops keyed by store id.
   */
  stops?: { [key: string]: _mallbots_depot_v1_Stop };
  /**
   * Bot id; blank until assigned.
   */
  assignedBotId?: string;
  /**
   * Current status.
   */
  status?: _mallbots_depot_v1_ShoppingListStatus;
}

/**
 * A shopping list: the stops a bot makes to shop one order.
 */
export interface ShoppingList__Output {
  /**
   * Shopping list id (UUID).
   */
  id: string;
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * Stops keyed by store id.
   */
  stops: { [key: string]: _mallbots_depot_v1_Stop__Output };
  /**
   * Bot id; blank until assigned.
   */
  assignedBotId: string;
  /**
   * Current status.
   */
  status: _mallbots_depot_v1_ShoppingListStatus__Output;
}
