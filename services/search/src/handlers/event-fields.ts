import { validate } from '@mallbots/rpc';

/** The aggregate version every ordering and stores event carries: an int32 >= 1. */
export const aggregateVersion = (v: unknown): number => validate.integer(v, 'version', { min: 1, max: 2_147_483_647 });
