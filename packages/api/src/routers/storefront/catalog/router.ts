import { createTRPCRouter } from '../../../trpc.ts';
import { alsoBought } from './also-bought.ts';
import { categoryBySlug } from './category-by-slug.ts';
import { categoryTree } from './category-tree.ts';
import { listProducts } from './list-products.ts';
import { productBySlug } from './product-by-slug.ts';
import { related } from './related.ts';
import { search } from './search.ts';
import { suggest } from './suggest.ts';

export const storefrontCatalogRouter = createTRPCRouter({
  categoryTree,
  listProducts,
  search,
  suggest,
  productBySlug,
  categoryBySlug,
  related,
  alsoBought,
});
