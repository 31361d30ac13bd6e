/**
 * gRPC adapter of stores: validates and normalises each request field (INVALID_ARGUMENT naming the field), runs
 * one application use case in a unit of work, and maps the result to the response. Domain errors become status
 * codes in lib/rpc. Queries read only the projections.
 */
import { Services, type stores } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { addProduct } from '../application/add-product.ts';
import { decreaseProductPrice, increaseProductPrice } from '../application/change-product-price.ts';
import { disableParticipation, enableParticipation } from '../application/change-store-participation.ts';
import { createStore } from '../application/create-store.ts';
import { getCatalog } from '../application/get-catalog.ts';
import { getProduct } from '../application/get-product.ts';
import { getStore } from '../application/get-store.ts';
import { getParticipatingStores, getStores } from '../application/list-stores.ts';
import { rebrandProduct } from '../application/rebrand-product.ts';
import { rebrandStore } from '../application/rebrand-store.ts';
import { removeProduct } from '../application/remove-product.ts';
import type { StoresDeps } from '../application/stores-deps.ts';
import type { ProductView } from '../persistence/product.projection.ts';
import type { StoreView } from '../persistence/store.projection.ts';

/** Longest SKU accepted (api.proto). */
const MAX_SKU = 200;

const toStore = (s: StoreView): stores.Store => ({
  id: s.id,
  name: s.name,
  location: s.location,
  participating: s.participating,
  version: s.version,
});

const toProduct = (p: ProductView): stores.Product => ({
  id: p.id,
  storeId: p.storeId,
  name: p.name,
  description: p.description,
  sku: p.sku,
  price: p.price,
  version: p.version,
});

export function storesGrpc(deps: { tm: TransactionManager; app: StoresDeps; logger: Logger }) {
  const { tm, app } = deps;
  return grpcService(
    Services.stores,
    {
      CreateStore: async (req) => {
        const name = validate.requiredText(req.name, 'name');
        const location = validate.requiredText(req.location, 'location');
        const id = await tm.run((uow) => createStore(app, uow, { name, location }));
        return { id };
      },
      EnableParticipation: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => enableParticipation(app, uow, id));
        return {};
      },
      DisableParticipation: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => disableParticipation(app, uow, id));
        return {};
      },
      RebrandStore: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const name = validate.requiredText(req.name, 'name');
        await tm.run((uow) => rebrandStore(app, uow, id, name));
        return {};
      },
      GetStore: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const store = await tm.run((uow) => getStore(app, uow, id));
        return { store: toStore(store) };
      },
      GetStores: async () => {
        const list = await tm.run((uow) => getStores(app, uow));
        return { stores: list.map(toStore) };
      },
      GetParticipatingStores: async () => {
        const list = await tm.run((uow) => getParticipatingStores(app, uow));
        return { stores: list.map(toStore) };
      },
      AddProduct: async (req) => {
        const storeId = validate.requiredId(req.storeId, 'store_id');
        const name = validate.requiredText(req.name, 'name');
        const description = validate.optionalText(req.description, 'description');
        const sku = validate.optionalText(req.sku, 'sku', MAX_SKU);
        const price = validate.money(req.price, 'price');
        const id = await tm.run((uow) => addProduct(app, uow, { storeId, name, description, sku, price }));
        return { id };
      },
      RebrandProduct: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const name = validate.requiredText(req.name, 'name');
        const description = validate.optionalText(req.description, 'description');
        await tm.run((uow) => rebrandProduct(app, uow, { id, name, description }));
        return {};
      },
      IncreaseProductPrice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const price = validate.money(req.price, 'price');
        await tm.run((uow) => increaseProductPrice(app, uow, id, price));
        return {};
      },
      DecreaseProductPrice: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const price = validate.money(req.price, 'price');
        await tm.run((uow) => decreaseProductPrice(app, uow, id, price));
        return {};
      },
      RemoveProduct: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => removeProduct(app, uow, id));
        return {};
      },
      GetProduct: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const product = await tm.run((uow) => getProduct(app, uow, id));
        return { product: toProduct(product) };
      },
      GetCatalog: async (req) => {
        const storeId = validate.requiredId(req.storeId, 'store_id');
        const list = await tm.run((uow) => getCatalog(app, uow, storeId));
        return { products: list.map(toProduct) };
      },
    },
    deps.logger,
  );
}
