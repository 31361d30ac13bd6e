// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Output of InitiateShopping (empty).
 */
export interface InitiateShoppingResponse {}

/**
 * Output of InitiateShopping (empty).
 */
export interface InitiateShoppingResponse__Output {}
