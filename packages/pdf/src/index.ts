export { renderEstimate, renderInvoice, renderPackingSlip, type RenderOptions } from './render.ts';
export { formatDate, formatMoney, formatQuantity } from './format.ts';
