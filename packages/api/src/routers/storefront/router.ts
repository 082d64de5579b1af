import { createTRPCRouter } from '../../trpc.ts';
import { categoryTree } from './categories.ts';
import { currentStore } from './current-store.ts';
import { listProducts } from './products.ts';

export const storefrontRouter = createTRPCRouter({
  store: createTRPCRouter({ current: currentStore }),
  catalog: createTRPCRouter({ categoryTree, listProducts }),
});
