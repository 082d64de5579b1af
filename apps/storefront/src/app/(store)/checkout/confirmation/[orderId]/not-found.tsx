import { OrderNotFound } from '~/components/checkout/order-not-found';

export default OrderNotFound;
