import { createTRPCRouter } from '../../../../trpc.ts';
import { get } from './get.ts';
import { invoicePdf } from './invoice-pdf.ts';
import { list } from './list.ts';

export const accountOrdersRouter = createTRPCRouter({ list, get, invoicePdf });
