// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of RebrandProduct: `id` of an existing product; `name` non-blank, at most 200 characters;
 * `description` at most 2000.
 */
export interface RebrandProductRequest {
  id?: string;
  name?: string;
  description?: string;
}

/**
 * Input of RebrandProduct: `id` of an existing product; `name` non-blank, at most 200 characters;
 * `description` at most 2000.
 */
export interface RebrandProductRequest__Output {
  id: string;
  name: string;
  description: string;
}
