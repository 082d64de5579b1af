// What end-to-end specs use to prepare rows in the running e2e server's database.
export { withE2eDatabase, storeIdOf } from './e2e-database';
export { createFailedWorkflowRun, type FailedWorkflowRun } from './workflow-runs';
export { createFailedOutboxEmail, latestOutboxEmailText } from './outbox-emails';
export { createShopper, openShopperSession, type Shopper } from './shoppers';
export {
  addShipment,
  createShopperOrder,
  type ShipmentDetails,
  type ShopperOrder,
} from './shopper-orders';
export { createThemedStore, removeThemedStore, type ThemedStore } from './themed-stores';
export {
  changeCartTestProduct,
  createCartTestProduct,
  createExpiredDiscount,
  removeCartTestProduct,
  removeDiscount,
  type CartTestProduct,
} from './cart-products';
export { latestNewsletterConfirmation, newsletterStatusOf } from './newsletter';
export {
  createProductPageTestProduct,
  removeProductPageTestProduct,
  storefrontEventsOf,
  type ProductPageTestProduct,
} from './product-page-products';
export { publishTestPage, removeTestPage, type TestPage } from './builder-pages';
export { createDeskOrder, type DeskOrder, type DeskOrderLine } from './desk-orders';
export {
  createSentEstimate,
  estimateAnswersOf,
  type SentEstimate,
  type SentEstimateLine,
} from './estimates';
