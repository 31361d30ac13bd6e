// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Input of AssignShoppingList: `id` of an available list; `bot_id` non-blank, at most 200 characters.
 */
export interface AssignShoppingListRequest {
  id?: string;
  botId?: string;
}

/**
 * Input of AssignShoppingList: `id` of an available list; `bot_id` non-blank, at most 200 characters.
 */
export interface AssignShoppingListRequest__Output {
  id: string;
  botId: string;
}
