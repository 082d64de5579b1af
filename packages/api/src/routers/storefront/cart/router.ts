import { createTRPCRouter } from '../../../trpc.ts';
import { addLine } from './add-line.ts';
import { applyCode } from './apply-code.ts';
import { estimateShipping } from './estimate-shipping.ts';
import { get } from './get.ts';
import { removeCode } from './remove-code.ts';
import { removeLine } from './remove-line.ts';
import { updateLine } from './update-line.ts';

export const storefrontCartRouter = createTRPCRouter({
  get,
  addLine,
  updateLine,
  removeLine,
  applyCode,
  removeCode,
  estimateShipping,
});
