import { createTRPCRouter } from '../../trpc.ts';
import { inventory } from './inventory.ts';
import { profit } from './profit.ts';
import { sales } from './sales.ts';
import { topProducts } from './top-products.ts';

export const reportsRouter = createTRPCRouter({ sales, topProducts, inventory, profit });
