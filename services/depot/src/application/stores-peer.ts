/**
 * The port to the stores service, used when the caches miss. Implemented over gRPC in grpc/stores-client.ts; a
 * test can pass any object. Both methods throw NotFound for an id stores does not know, and Unavailable when
 * stores cannot be reached.
 */
export interface StoreInfo {
  id: string;
  name: string;
  location: string;
  version: number;
}

export interface ProductInfo {
  id: string;
  storeId: string;
  name: string;
  version: number;
}

export interface StoresPeer {
  getStore(id: string): Promise<StoreInfo>;
  getProduct(id: string): Promise<ProductInfo>;
}
