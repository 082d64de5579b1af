import { createTRPCRouter } from '../../../trpc.ts';
import { bySlug } from './by-slug.ts';
import { categoryTiles } from './category-tiles.ts';
import { home } from './home.ts';
import { navigation } from './navigation.ts';
import { productCards } from './product-cards.ts';

/** Published builder pages, the links to them, and the catalogue data their blocks show. */
export const storefrontPagesRouter = createTRPCRouter({
  home,
  bySlug,
  navigation,
  categoryTiles,
  productCards,
});
