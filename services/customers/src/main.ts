import { main } from '@mallbots/runtime';
import { customersService } from './module.ts';

await main(customersService);
