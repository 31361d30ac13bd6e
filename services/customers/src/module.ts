/**
 * customers: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import type { ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { customersGrpc } from './grpc/customers-server.ts';
import { customerCommands } from './handlers/authorize-customer.command.ts';
import { CustomerRecord } from './persistence/customer.entity.ts';
import { CustomerRepository } from './persistence/customer.repository.ts';

export const customersService: ServiceDefinition = {
  name: 'customers',
  grpcPort: 9002,
  httpPort: 9102,
  entities: [CustomerRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const customers = new CustomerRepository(config.DATABASE_SCHEMA);
    return {
      grpc: [customersGrpc({ tm, customers, logger })],
      consumers: [customerCommands(customers)],
    };
  },
};
