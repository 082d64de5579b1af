import { createTRPCRouter } from '../../trpc.ts';
import { addNote } from './add-note.ts';
import { cancel } from './cancel.ts';
import { capturePayment } from './capture-payment.ts';
import { createShipment } from './create-shipment.ts';
import { deleteNote } from './delete-note.ts';
import { edit } from './edit.ts';
import { get } from './get.ts';
import { invoicePdf } from './invoice-pdf.ts';
import { list } from './list.ts';
import { markPaid } from './mark-paid.ts';
import { markShipmentDelivered } from './mark-shipment-delivered.ts';
import { packingSlipPdf } from './packing-slip-pdf.ts';
import { refund } from './refund.ts';
import { timeline } from './timeline.ts';

export const ordersRouter = createTRPCRouter({
  list,
  get,
  timeline,
  addNote,
  deleteNote,
  markPaid,
  capturePayment,
  createShipment,
  markShipmentDelivered,
  cancel,
  refund,
  edit,
  invoicePdf,
  packingSlipPdf,
});
