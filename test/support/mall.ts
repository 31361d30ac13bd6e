/**
 * The kiosk, as a client sees it: small helpers over the services' gRPC APIs (reflection only, proto field
 * names, like grpcurl) used by the end-to-end, trace and chaos tests and by the load generator.
 */
import type { Cluster } from './cluster.ts';
import { waitFor } from './cluster.ts';

export type Json = Record<string, unknown>;

export const SVC = {
  stores: 'mallbots.stores.v1.StoresService',
  customers: 'mallbots.customers.v1.CustomersService',
  baskets: 'mallbots.baskets.v1.BasketService',
  ordering: 'mallbots.ordering.v1.OrderingService',
  depot: 'mallbots.depot.v1.DepotService',
  payments: 'mallbots.payments.v1.PaymentsService',
  notifications: 'mallbots.notifications.v1.NotificationsService',
  search: 'mallbots.search.v1.SearchService',
  cosec: 'mallbots.cosec.v1.SagaAdminService',
} as const;

export class Mall {
  readonly #c: Cluster;
  constructor(cluster: Cluster) {
    this.#c = cluster;
  }

  call(svc: keyof typeof SVC, method: string, req: Json): Promise<Json> {
    return this.#c.client(svc).call(`${SVC[svc]}/${method}`, req);
  }

  async createStoreWithProduct(price: number): Promise<{ storeId: string; productId: string }> {
    const { id: storeId } = (await this.call('stores', 'CreateStore', { name: 'Corner Shop', location: 'Level 1' })) as {
      id: string;
    };
    await this.call('stores', 'EnableParticipation', { id: storeId });
    const { id: productId } = (await this.call('stores', 'AddProduct', {
      store_id: storeId,
      name: 'Apples',
      description: 'A bag of apples',
      sku: 'APL-1',
      price,
    })) as { id: string };
    return { storeId, productId };
  }

  async registerCustomer(name = 'Ada'): Promise<string> {
    return ((await this.call('customers', 'RegisterCustomer', { name, sms_number: '+15550100' })) as { id: string }).id;
  }

  /** Start a basket, add the product, authorize `amount`, check out. Returns the basket id (= order id). */
  async checkout(
    customerId: string,
    productId: string,
    quantity: number,
    amount: number,
  ): Promise<{ orderId: string; paymentId: string }> {
    const { id: basketId } = (await this.call('baskets', 'StartBasket', { customer_id: customerId })) as { id: string };
    await this.call('baskets', 'AddItem', { id: basketId, product_id: productId, quantity });
    const { id: paymentId } = (await this.call('payments', 'AuthorizePayment', { customer_id: customerId, amount })) as {
      id: string;
    };
    await this.call('baskets', 'CheckoutBasket', { id: basketId, payment_id: paymentId });
    return { orderId: basketId, paymentId };
  }

  async order(orderId: string): Promise<Json | undefined> {
    try {
      return (await this.call('ordering', 'GetOrder', { id: orderId })).order as Json;
    } catch (err) {
      if ((err as { code?: number }).code === 5) return undefined;
      throw err;
    }
  }

  /** Waits until the order reaches one of `statuses`; returns it. */
  waitForOrder(orderId: string, statuses: string[], timeoutMs = 30_000): Promise<Json> {
    return waitFor(
      `order ${orderId} in ${statuses.join('|')}`,
      async () => {
        const o = await this.order(orderId);
        return o && statuses.includes(o.status as string) ? o : undefined;
      },
      timeoutMs,
    );
  }

  async shoppingListsOf(orderId: string): Promise<Json[]> {
    return ((await this.call('depot', 'ListShoppingLists', { order_id: orderId, limit: 10 })).shopping_lists as Json[]) ?? [];
  }
}
