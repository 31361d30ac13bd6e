import type { UnitOfWork } from '@mallbots/tm';
import type { OrderView } from '../domain/order-view.ts';
import { checkFilters, decodePageToken, encodePageToken, pageLimit, type SearchFilters } from '../domain/search-criteria.ts';
import type { OrderViewRepository } from '../persistence/order-view.repository.ts';

export interface SearchQuery {
  filters: SearchFilters;
  /** Blank for the first page, else the token of the previous page. */
  next: string;
  /** 0 = default page size. */
  limit: number;
}

export interface SearchPage {
  orders: OrderView[];
  /** Token of the next page; blank on the last page. */
  next: string;
}

/**
 * One page of the orders matching every filter, newest first (see domain/search-criteria.ts for the paging
 * guarantees). One row more than the page is read to know whether another page follows, so the last page never
 * hands out a token that leads to an empty page.
 */
export async function searchOrders(orders: OrderViewRepository, uow: UnitOfWork, q: SearchQuery): Promise<SearchPage> {
  const filters = checkFilters(q.filters);
  const limit = pageLimit(q.limit);
  const after = q.next === '' ? undefined : decodePageToken(q.next, filters);
  const rows = await orders.search(uow.em, filters, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    orders: page.map((r) => r.view),
    next: rows.length > limit && last ? encodePageToken(last.cursor, filters) : '',
  };
}
