// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of CreateStore: `name` and `location` non-blank, at most 200 characters.
 */
export interface CreateStoreRequest {
  name?: string;
  location?: string;
}

/**
 * Input of CreateStore: `name` and `location` non-blank, at most 200 characters.
 */
export interface CreateStoreRequest__Output {
  name: string;
  location: string;
}
