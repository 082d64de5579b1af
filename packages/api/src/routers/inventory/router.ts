import { createTRPCRouter } from '../../trpc.ts';
import { adjustStock } from './adjust-stock.ts';
import { createLocation } from './create-location.ts';
import { deactivateLocation } from './deactivate-location.ts';
import { listLedger } from './list-ledger.ts';
import { listLevels } from './list-levels.ts';
import { listLocations } from './list-locations.ts';
import { reactivateLocation } from './reactivate-location.ts';
import { releaseExpiredReservations } from './release-expired-reservations.ts';
import { setCountedStock } from './set-counted-stock.ts';
import { setLowStockThreshold } from './set-low-stock-threshold.ts';
import { transferStock } from './transfer-stock.ts';
import { updateLocation } from './update-location.ts';

export const inventoryRouter = createTRPCRouter({
  listLocations,
  createLocation,
  updateLocation,
  deactivateLocation,
  reactivateLocation,
  listLevels,
  adjustStock,
  setCountedStock,
  transferStock,
  listLedger,
  setLowStockThreshold,
  releaseExpiredReservations,
});
