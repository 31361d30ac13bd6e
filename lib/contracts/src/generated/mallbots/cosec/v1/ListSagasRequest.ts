// Original file: proto/mallbots/cosec/v1/api.proto

import type {
  SagaStatus as _mallbots_cosec_v1_SagaStatus,
  SagaStatus__Output as _mallbots_cosec_v1_SagaStatus__Output,
} from '../../../mallbots/cosec/v1/SagaStatus.ts';
import type {
  Duration as _google_protobuf_Duration,
  Duration__Output as _google_protobuf_Duration__Output,
} from '../../../google/protobuf/Duration.ts';

/**
 * Input of ListSagas: optional filters (`status` UNSPECIFIED = any; `name` blank = any; `older_than` unset = any
 * age, else only sagas last updated at least that long ago, >= 0); `page_token` blank for the first page, else the
 * opaque token of the previous response (INVALID_ARGUMENT if malformed); `limit` 0 to 100, 0 means 20.
 */
export interface ListSagasRequest {
  status?: _mallbots_cosec_v1_SagaStatus;
  name?: string;
  olderThan?: _google_protobuf_Duration | null;
  pageToken?: string;
  limit?: number;
}

/**
 * Input of ListSagas: optional filters (`status` UNSPECIFIED = any; `name` blank = any; `older_than` unset = any
 * age, else only sagas last updated at least that long ago, >= 0); `page_token` blank for the first page, else the
 * opaque token of the previous response (INVALID_ARGUMENT if malformed); `limit` 0 to 100, 0 means 20.
 */
export interface ListSagasRequest__Output {
  status: _mallbots_cosec_v1_SagaStatus__Output;
  name: string;
  olderThan: _google_protobuf_Duration__Output | null;
  pageToken: string;
  limit: number;
}
