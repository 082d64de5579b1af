import { createTRPCRouter } from '../../../trpc.ts';
import { confirmation } from './confirmation.ts';
import { get } from './get.ts';
import { invoicePdf } from './invoice-pdf.ts';
import { payOrder } from './pay-order.ts';
import { paymentMethods } from './payment-methods.ts';
import { placeOrder } from './place-order.ts';
import { setBillingAddress } from './set-billing-address.ts';
import { setContact } from './set-contact.ts';
import { setPaymentMethod } from './set-payment-method.ts';
import { setShippingAddress } from './set-shipping-address.ts';
import { setShippingTier } from './set-shipping-tier.ts';
import { shippingCountries } from './shipping-countries.ts';
import { start } from './start.ts';

export const storefrontCheckoutRouter = createTRPCRouter({
  start,
  get,
  setContact,
  setShippingAddress,
  setBillingAddress,
  setShippingTier,
  setPaymentMethod,
  placeOrder,
  paymentMethods,
  payOrder,
  confirmation,
  invoicePdf,
  shippingCountries,
});
