// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of RebrandStore: `id` of an existing store, `name` non-blank, at most 200 characters.
 */
export interface RebrandStoreRequest {
  id?: string;
  name?: string;
}

/**
 * Input of RebrandStore: `id` of an existing store, `name` non-blank, at most 200 characters.
 */
export interface RebrandStoreRequest__Output {
  id: string;
  name: string;
}
