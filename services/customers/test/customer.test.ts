import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument, PermissionDenied } from '@mallbots/rpc/errors';
import { Customer } from '../src/domain/customer.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';

describe('Customer', () => {
  it('registers enabled and records CustomerRegistered', () => {
    const c = Customer.register(id, ' Ada ', '+15550100');
    expect(c.state()).toEqual({ id, name: 'Ada', smsNumber: '+15550100', enabled: true });
    expect(c.pullEvents()).toEqual([{ type: 'CustomerRegistered' }]);
    expect(c.pullEvents()).toEqual([]);
  });
  it('requires a name and an SMS number', () => {
    expect(() => Customer.register(id, ' ', '+15550100')).toThrow(InvalidArgument);
    expect(() => Customer.register(id, 'Ada', '')).toThrow('the SMS number cannot be blank');
  });
  it('enable and disable fail when already in that state', () => {
    const c = Customer.register(id, 'Ada', '+15550100');
    expect(() => c.enable()).toThrow(FailedPrecondition);
    c.disable();
    expect(() => c.disable()).toThrow('the customer is already disabled');
    c.enable();
    expect(c.pullEvents().map((e) => e.type)).toEqual(['CustomerRegistered', 'CustomerDisabled', 'CustomerEnabled']);
  });
  it('authorizes only enabled customers', () => {
    const c = Customer.restore({ id, name: 'Ada', smsNumber: '+15550100', enabled: true });
    expect(() => c.authorize()).not.toThrow();
    c.disable();
    expect(() => c.authorize()).toThrow(PermissionDenied);
    expect(() => c.authorize()).toThrow('customer is not authorized');
  });
  it('changes the SMS number, and a change to the same number records nothing', () => {
    const c = Customer.restore({ id, name: 'Ada', smsNumber: '+15550100', enabled: true });
    c.changeSmsNumber('+15550100');
    expect(c.pullEvents()).toEqual([]);
    c.changeSmsNumber('+15550199');
    expect(c.smsNumber).toBe('+15550199');
    expect(c.pullEvents()).toEqual([{ type: 'CustomerSmsChanged' }]);
  });
});
