// Original file: proto/mallbots/cosec/v1/api.proto

import type {
  Saga as _mallbots_cosec_v1_Saga,
  Saga__Output as _mallbots_cosec_v1_Saga__Output,
} from '../../../mallbots/cosec/v1/Saga.ts';

/**
 * Output of GetSaga.
 */
export interface GetSagaResponse {
  saga?: _mallbots_cosec_v1_Saga | null;
}

/**
 * Output of GetSaga.
 */
export interface GetSagaResponse__Output {
  saga: _mallbots_cosec_v1_Saga__Output | null;
}
