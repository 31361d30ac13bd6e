/**
 * notifications: wiring by hand. Everything the service needs is constructed here and passed in explicitly; the
 * notifier adapter is chosen by configuration (notifiers/select-notifier.ts).
 */
import { peerSpec, type ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { GrpcCustomerPeer } from './grpc/customer-peer.ts';
import { notificationsGrpc } from './grpc/notifications-server.ts';
import { notificationsCustomersEvents } from './handlers/customers-events.ts';
import { notificationsOrderingEvents } from './handlers/ordering-events.ts';
import { notifierConfig, selectNotifier } from './notifiers/select-notifier.ts';
import { ContactBookRepository } from './persistence/contact-book.repository.ts';
import { ContactRecord, NotificationRecord } from './persistence/notification.entity.ts';
import { SentLogRepository } from './persistence/sent-log.repository.ts';

const config = { ...peerSpec('customers'), ...notifierConfig };

export const notificationsService: ServiceDefinition<typeof config> = {
  name: 'notifications',
  grpcPort: 9007,
  httpPort: 9107,
  config,
  entities: [NotificationRecord, ContactRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const notifier = selectNotifier(config, logger);
    const sentLog = new SentLogRepository(config.DATABASE_SCHEMA);
    const contacts = new ContactBookRepository(config.DATABASE_SCHEMA);
    const peer = new GrpcCustomerPeer(config.CUSTOMERS_GRPC_ADDR);
    const deps = { sentLog, contacts, peer, notifier };
    logger.info({ notifier: notifier.channel }, 'notifier selected');
    return {
      grpc: [notificationsGrpc({ ...deps, tm, logger })],
      consumers: [notificationsOrderingEvents(deps), notificationsCustomersEvents(contacts)],
      stop: async () => peer.close(),
    };
  },
};
