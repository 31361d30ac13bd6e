import { main } from '@mallbots/runtime';
import { paymentsService } from './module.ts';

await main(paymentsService);
