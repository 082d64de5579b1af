import type { EstimateItemKind } from '../../generated/prisma/enums';
import type { CatalogPlan } from '../catalog/expand-catalog';
import type { StoreProfile } from '../stores/types';
import type { CustomerPlan } from './customers';
import { marginBps } from './order-totals';

export interface EstimateLinePlan {
  kind: EstimateItemKind;
  sku: string | null;
  name: string;
  description: string | null;
  /** Units for materials; hours for labour. */
  quantity: number;
  unitPrice: number;
  unitCost: number;
  hours: number | null;
  labourRate: number | null;
  total: number;
  costTotal: number;
  position: number;
}

export interface EstimatePlan {
  number: number;
  title: string;
  customer: CustomerPlan;
  notes: string;
  terms: string;
  depositBps: number | null;
  sentAt: Date;
  createdAt: Date;
  validUntil: Date;
  lines: EstimateLinePlan[];
  subtotal: number;
  taxTotal: number;
  total: number;
  materialsCost: number;
  labourCost: number;
  totalCost: number;
  profit: number;
  marginBps: number;
}

const day = 86_400_000;

/** The store's one sent estimate: catalogue materials at list price plus hours × rate labour. */
export function generateEstimate({
  profile,
  catalog,
  customers,
  now,
}: {
  profile: StoreProfile;
  catalog: CatalogPlan;
  customers: readonly CustomerPlan[];
  now: Date;
}): EstimatePlan {
  const customer = customers[0];
  if (!customer) throw new Error('An estimate needs a customer');
  const lines = profile.estimate.lines.map((line, position): EstimateLinePlan => {
    if (line.kind === 'labour') {
      const total = Math.round(line.hours * line.rate);
      return {
        kind: 'labour',
        sku: null,
        name: line.name,
        description: line.description,
        quantity: line.hours,
        unitPrice: line.rate,
        unitCost: line.costRate,
        hours: line.hours,
        labourRate: line.rate,
        total,
        costTotal: Math.round(line.hours * line.costRate),
        position,
      };
    }
    const variant = catalog.variants.find((candidate) => candidate.sku === line.sku);
    if (!variant) throw new Error(`Estimate line: unknown SKU ${line.sku}`);
    return {
      kind: 'material',
      sku: variant.sku,
      name: variant.productTitle,
      description: variant.title === 'Default' ? null : variant.title,
      quantity: line.quantity,
      unitPrice: variant.price,
      unitCost: variant.costPrice,
      hours: null,
      labourRate: null,
      total: variant.price * line.quantity,
      costTotal: variant.costPrice * line.quantity,
      position,
    };
  });
  const sum = (pick: (line: EstimateLinePlan) => number, kind?: EstimateItemKind) =>
    lines.filter((line) => !kind || line.kind === kind).reduce((acc, line) => acc + pick(line), 0);
  const subtotal = sum((line) => line.total);
  const materialsCost = sum((line) => line.costTotal, 'material');
  const labourCost = sum((line) => line.costTotal, 'labour');
  const taxTotal = Math.round((subtotal * profile.tax.rateBps) / 10_000);
  const totalCost = materialsCost + labourCost;
  const profit = subtotal - totalCost;
  return {
    number: 1,
    title: profile.estimate.title,
    customer,
    notes: profile.estimate.notes,
    terms: profile.estimate.terms,
    depositBps: profile.estimate.depositBps,
    createdAt: new Date(now.getTime() - 3 * day),
    sentAt: new Date(now.getTime() - 2 * day),
    validUntil: new Date(now.getTime() + 28 * day),
    lines,
    subtotal,
    taxTotal,
    total: subtotal + taxTotal,
    materialsCost,
    labourCost,
    totalCost,
    profit,
    marginBps: marginBps(profit, subtotal),
  };
}
