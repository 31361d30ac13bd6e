// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of IncreaseProductPrice (empty).
 */
export interface IncreaseProductPriceResponse {}

/**
 * Output of IncreaseProductPrice (empty).
 */
export interface IncreaseProductPriceResponse__Output {}
