import { createTRPCRouter } from '../../../trpc.ts';
import { categoryTree } from './category-tree.ts';
import { listProducts } from './list-products.ts';

export const storefrontCatalogRouter = createTRPCRouter({ categoryTree, listProducts });
