/**
 * gRPC adapter of customers: validates and normalises each request, runs one application use case in a unit of
 * work, and maps the result to the response. Domain errors become status codes in lib/rpc.
 */
import { Services } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { authorizeCustomer } from '../application/authorize-customer.ts';
import { changeSmsNumber, disableCustomer, enableCustomer } from '../application/change-customer.ts';
import { getCustomer } from '../application/get-customer.ts';
import { registerCustomer } from '../application/register-customer.ts';
import type { CustomerRepository } from '../persistence/customer.repository.ts';

export function customersGrpc(deps: { tm: TransactionManager; customers: CustomerRepository; logger: Logger }) {
  const { tm, customers } = deps;
  return grpcService(
    Services.customers,
    {
      RegisterCustomer: async (req) => {
        const name = validate.requiredText(req.name, 'name');
        const smsNumber = validate.smsNumber(req.smsNumber, 'sms_number');
        const id = await tm.run((uow) => registerCustomer(customers, uow, { name, smsNumber }));
        return { id };
      },
      EnableCustomer: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => enableCustomer(customers, uow, id));
        return {};
      },
      DisableCustomer: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => disableCustomer(customers, uow, id));
        return {};
      },
      ChangeSmsNumber: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const smsNumber = validate.smsNumber(req.smsNumber, 'sms_number');
        await tm.run((uow) => changeSmsNumber(customers, uow, id, smsNumber));
        return {};
      },
      AuthorizeCustomer: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => authorizeCustomer(customers, uow, id));
        return {};
      },
      GetCustomer: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const c = await tm.run((uow) => getCustomer(customers, uow, id));
        return { customer: { id: c.id, name: c.name, smsNumber: c.smsNumber, enabled: c.enabled } };
      },
    },
    deps.logger,
  );
}
