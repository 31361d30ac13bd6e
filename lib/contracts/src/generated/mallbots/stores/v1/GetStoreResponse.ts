// Original file: proto/mallbots/stores/v1/api.proto

import type {
  Store as _mallbots_stores_v1_Store,
  Store__Output as _mallbots_stores_v1_Store__Output,
} from '../../../mallbots/stores/v1/Store.ts';

/**
 * Output of GetStore.
 */
export interface GetStoreResponse {
  store?: _mallbots_stores_v1_Store | null;
}

/**
 * Output of GetStore.
 */
export interface GetStoreResponse__Output {
  store: _mallbots_stores_v1_Store__Output | null;
}
