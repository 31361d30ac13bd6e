import type { UnitOfWork } from '@mallbots/tm';
import { newOrderView } from '../domain/order-view.ts';
import type { OrderViewRepository } from '../persistence/order-view.repository.ts';
import type { NameCache, PeerDirectory } from './ports.ts';
import { NameResolver } from './resolve-names.ts';

export interface OrderCreatedFact {
  orderId: string;
  customerId: string;
  /** Lines as the event carries them; the names are those at checkout (blank if the producer left them out). */
  items: { productId: string; storeId: string; productName: string; storeName: string; price: number; quantity: number }[];
  version: number;
  /** When ordering created the order (the event's timestamp). */
  createdAt: Date;
}

export interface RecordOrderDeps {
  orders: OrderViewRepository;
  caches: NameCache;
  peers: PeerDirectory;
}

/**
 * OrderCreated: adds the order to the read model, status pending, with names resolved (see resolve-names.ts).
 * An order already there (the same fact under another message id) is left alone and no peer is asked. The insert
 * is queued: it commits with the unit of work.
 */
export async function recordOrder(deps: RecordOrderDeps, uow: UnitOfWork, fact: OrderCreatedFact): Promise<void> {
  // whether the order is there, and every name the caches have for it: one round trip
  const [exists, known] = await uow.readAll([
    deps.orders.existsRead(fact.orderId),
    deps.caches.namesRead({
      customerId: fact.customerId,
      storeIds: [...new Set(fact.items.map((i) => i.storeId))],
      productIds: [...new Set(fact.items.map((i) => i.productId))],
    }),
  ] as const);
  if (exists) return;
  const names = new NameResolver(deps.caches, deps.peers, uow, known);
  const customerName = await names.customerName(fact.customerId);
  const items = [];
  for (const i of fact.items) {
    items.push({
      productId: i.productId,
      storeId: i.storeId,
      productName: await names.productName(i.productId, i.productName),
      storeName: await names.storeName(i.storeId, i.storeName),
      price: i.price,
      quantity: i.quantity,
    });
  }
  const view = newOrderView({
    orderId: fact.orderId,
    customerId: fact.customerId,
    customerName,
    items,
    version: fact.version,
    createdAt: fact.createdAt,
  });
  deps.orders.insert(uow, view);
}
