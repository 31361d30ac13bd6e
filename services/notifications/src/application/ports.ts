/**
 * The ports the notification use cases need besides the notifier: the contact cache, the sent log and the
 * customers peer. Implemented by persistence/ (the first two, always with the unit of work's EntityManager) and
 * grpc/customer-peer.ts.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';
import type { Notification } from '../domain/notification.ts';

export interface Contact {
  id: string;
  /** Blank when only the SMS number is known so far. */
  name: string;
  /** Blank when only the name is known so far. */
  smsNumber: string;
}

export interface ContactBook {
  /** The cached contact, as a read for `UnitOfWork.readAll`. */
  findRead(id: string): Read<Contact | undefined>;
  /**
   * Merges what is known about a customer: a non-blank name replaces the cached one; the SMS number replaces the
   * cached one only if `asOf` is newer than the time the cached number was current.
   */
  remember(em: EntityManager, contact: Contact, asOf: Date): Promise<void>;
}

export interface SentLog {
  /**
   * Records the notification unless one of its kind exists for the order: the recorded notification, or undefined.
   * Waits for a concurrent unit of work that recorded the same (order, kind) to finish, so two deliveries of one
   * fact never both send. A statement for `UnitOfWork.readAll` (an insert whose effect the unit keeps), so that
   * the claim and the contact's lookup travel together.
   */
  claimRead(notification: Omit<Notification, 'sentAt'>): Read<Notification | undefined>;
  list(
    em: EntityManager,
    filter: { customerId?: string | undefined; orderId?: string | undefined; limit: number },
  ): Promise<Notification[]>;
}

/** customers.GetCustomer: undefined for an unknown customer; RetryLater when the peer cannot be reached. */
export interface CustomerPeer {
  customer(id: string): Promise<Contact | undefined>;
}
