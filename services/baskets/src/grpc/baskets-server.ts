/**
 * gRPC adapter of baskets: validates and normalises each request, runs one application use case in a unit of
 * work, and maps the result to the response. Domain errors become status codes in lib/rpc.
 */
import { Services, type baskets } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import { annotate, type Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { addItem } from '../application/add-item.ts';
import { cancelBasket } from '../application/cancel-basket.ts';
import { checkoutBasket } from '../application/checkout-basket.ts';
import { getBasket } from '../application/get-basket.ts';
import type { StoresCatalogue } from '../application/lookup-product.ts';
import { removeItem } from '../application/remove-item.ts';
import { startBasket } from '../application/start-basket.ts';
import { MAX_QUANTITY, type BasketStatus } from '../domain/basket.ts';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import type { CatalogueCache } from '../persistence/catalogue-cache.ts';

const STATUS: Record<BasketStatus, baskets.BasketStatus__Output> = {
  '': 'BASKET_STATUS_UNSPECIFIED',
  open: 'BASKET_STATUS_OPEN',
  canceled: 'BASKET_STATUS_CANCELED',
  checked_out: 'BASKET_STATUS_CHECKED_OUT',
};

const quantity = (v: unknown): number => validate.integer(v, 'quantity', { min: 1, max: MAX_QUANTITY });

export function basketsGrpc(deps: {
  tm: TransactionManager;
  baskets: BasketRepository;
  catalogue: CatalogueCache;
  stores: StoresCatalogue;
  logger: Logger;
}) {
  const { tm, baskets } = deps;
  return grpcService(
    Services.baskets,
    {
      StartBasket: async (req) => {
        const customerId = validate.requiredId(req.customerId, 'customer_id');
        const id = await tm.run((uow) => startBasket(baskets, uow, customerId));
        return { id };
      },
      CancelBasket: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => cancelBasket(baskets, uow, id));
        return {};
      },
      CheckoutBasket: async (req) => {
        const basketId = validate.requiredId(req.id, 'id');
        const paymentId = validate.requiredId(req.paymentId, 'payment_id');
        // The order created from this checkout has the basket's id: tag the span so its trace can be found by it.
        annotate({ 'mallbots.order.id': basketId, 'mallbots.basket.id': basketId });
        await tm.run((uow) => checkoutBasket(baskets, uow, { basketId, paymentId }));
        return {};
      },
      AddItem: async (req) => {
        const basketId = validate.requiredId(req.id, 'id');
        const productId = validate.requiredId(req.productId, 'product_id');
        const q = quantity(req.quantity);
        await tm.run((uow) => addItem(deps, uow, { basketId, productId, quantity: q }));
        return {};
      },
      RemoveItem: async (req) => {
        const basketId = validate.requiredId(req.id, 'id');
        const productId = validate.requiredId(req.productId, 'product_id');
        const q = quantity(req.quantity);
        await tm.run((uow) => removeItem(baskets, uow, { basketId, productId, quantity: q }));
        return {};
      },
      GetBasket: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const b = await tm.run((uow) => getBasket(baskets, uow, id));
        return {
          basket: {
            id: b.id,
            customerId: b.customerId,
            paymentId: b.paymentId,
            status: STATUS[b.status],
            items: b.items.map((i) => ({
              storeId: i.storeId,
              productId: i.productId,
              storeName: i.storeName,
              productName: i.productName,
              productPrice: i.price,
              quantity: i.quantity,
            })),
          },
        };
      },
    },
    deps.logger,
  );
}
