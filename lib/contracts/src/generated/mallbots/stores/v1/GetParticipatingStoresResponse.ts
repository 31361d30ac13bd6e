// Original file: proto/mallbots/stores/v1/api.proto

import type {
  Store as _mallbots_stores_v1_Store,
  Store__Output as _mallbots_stores_v1_Store__Output,
} from '../../../mallbots/stores/v1/Store.ts';

/**
 * Output of GetParticipatingStores.
 */
export interface GetParticipatingStoresResponse {
  stores?: _mallbots_stores_v1_Store[];
}

/**
 * Output of GetParticipatingStores.
 */
export interface GetParticipatingStoresResponse__Output {
  stores: _mallbots_stores_v1_Store__Output[];
}
