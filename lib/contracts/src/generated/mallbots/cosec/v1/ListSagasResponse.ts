// Original file: proto/mallbots/cosec/v1/api.proto

import type {
  Saga as _mallbots_cosec_v1_Saga,
  Saga__Output as _mallbots_cosec_v1_Saga__Output,
} from '../../../mallbots/cosec/v1/Saga.ts';

/**
 * Output of ListSagas: one page, and the token for the next page (blank on the last page).
 */
export interface ListSagasResponse {
  sagas?: _mallbots_cosec_v1_Saga[];
  nextPageToken?: string;
}

/**
 * Output of ListSagas: one page, and the token for the next page (blank on the last page).
 */
export interface ListSagasResponse__Output {
  sagas: _mallbots_cosec_v1_Saga__Output[];
  nextPageToken: string;
}
