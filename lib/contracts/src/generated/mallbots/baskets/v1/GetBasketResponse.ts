// Original file: proto/mallbots/baskets/v1/api.proto

import type {
  Basket as _mallbots_baskets_v1_Basket,
  Basket__Output as _mallbots_baskets_v1_Basket__Output,
} from '../../../mallbots/baskets/v1/Basket.ts';

/**
 * Output of GetBasket.
 */
export interface GetBasketResponse {
  basket?: _mallbots_baskets_v1_Basket | null;
}

/**
 * Output of GetBasket.
 */
export interface GetBasketResponse__Output {
  basket: _mallbots_baskets_v1_Basket__Output | null;
}
