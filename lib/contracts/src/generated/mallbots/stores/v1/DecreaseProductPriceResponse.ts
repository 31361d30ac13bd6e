// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of DecreaseProductPrice (empty).
 */
export interface DecreaseProductPriceResponse {}

/**
 * Output of DecreaseProductPrice (empty).
 */
export interface DecreaseProductPriceResponse__Output {}
