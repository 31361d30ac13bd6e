import { main } from '@mallbots/runtime';
import { basketsService } from './module.ts';

await main(basketsService);
