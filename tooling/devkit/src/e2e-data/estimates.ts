import { createHash, randomBytes } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

export interface SentEstimateLine {
  kind: 'material' | 'labour' | 'other';
  name: string;
  description?: string;
  /** Units; hours for labour. */
  quantity: number;
  /** Sell price per unit (per hour for labour), minor units of the store's currency. */
  unitPrice: number;
  /** The merchant's cost per unit (the hourly cost for labour): never shown to the customer. */
  unitCost: number;
}

export interface SentEstimate {
  estimateId: string;
  number: number;
  /** The raw link token, as the "estimate sent" email would carry it. */
  token: string;
  subtotal: number;
  total: number;
  deposit: number | null;
}

/** Takes the next estimate number, like core's nextCounterValue, so numbers never collide. */
async function nextEstimateNumber(db: UnscopedClient, tenantId: string): Promise<number> {
  const rows = await db.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES (${tenantId}, 'estimate', 1)
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error('The estimate counter returned no value');
  return value;
}

/**
 * An estimate as the merchant's "Send" leaves it: status sent, a public link whose token only
 * exists here (the row keeps its SHA-256, as `sendEstimate` stores it), and the costs, profit and
 * margin the desk computed, so a spec can check that none of them reach the customer. With a
 * `validUntil` in the past it reads as expired. Only rows of its own are written.
 */
export async function createSentEstimate(
  db: UnscopedClient,
  options: {
    storeSlug: string;
    title: string;
    lines: readonly SentEstimateLine[];
    taxTotal?: number;
    depositBps?: number;
    notes?: string;
    terms?: string;
    validUntil?: Date;
  },
): Promise<SentEstimate> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { currency: true },
  });
  const lines = options.lines.map((line, position) => {
    const total = Math.round(line.quantity * line.unitPrice);
    const costTotal = Math.round(line.quantity * line.unitCost);
    return { ...line, position, total, costTotal };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  const taxTotal = options.taxTotal ?? 0;
  const total = subtotal + taxTotal;
  const costOf = (kind: SentEstimateLine['kind']) =>
    lines.filter((line) => line.kind === kind).reduce((sum, line) => sum + line.costTotal, 0);
  const totalCost = lines.reduce((sum, line) => sum + line.costTotal, 0);
  const profit = subtotal - totalCost;
  const token = randomBytes(32).toString('base64url');
  const tag = randomBytes(4).toString('hex');
  const now = new Date();
  const estimate = await db.estimate.create({
    data: {
      tenantId,
      number: await nextEstimateNumber(db, tenantId),
      customerName: 'Casey Quote',
      customerEmail: `estimate-${tag}@example.com`,
      title: options.title,
      status: 'sent',
      currency: tenant.currency,
      validUntil: options.validUntil ?? new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000),
      notes: options.notes ?? null,
      terms: options.terms ?? null,
      subtotal,
      taxTotal,
      total,
      materialsCost: costOf('material'),
      labourCost: costOf('labour'),
      totalCost,
      profit,
      marginBps: subtotal > 0 ? Math.round((profit * 10_000) / subtotal) : 0,
      depositBps: options.depositBps ?? null,
      acceptTokenHash: createHash('sha256').update(token).digest('hex'),
      sentAt: now,
      items: {
        create: lines.map((line) => ({
          tenantId,
          kind: line.kind,
          name: line.name,
          description: line.description ?? null,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          unitCost: line.unitCost,
          hours: line.kind === 'labour' ? line.quantity : null,
          labourRate: line.kind === 'labour' ? line.unitCost : null,
          total: line.total,
          costTotal: line.costTotal,
          position: line.position,
        })),
      },
    },
    select: { id: true, number: true },
  });
  const deposit =
    options.depositBps === undefined ? null : Math.round((total * options.depositBps) / 10_000);
  return { estimateId: estimate.id, number: estimate.number, token, subtotal, total, deposit };
}

/** Where an estimate stands, and how many answers the customer's link recorded (audit entries). */
export async function estimateAnswersOf(db: UnscopedClient, estimateId: string) {
  const [estimate, accepts, declines] = await Promise.all([
    db.estimate.findUniqueOrThrow({
      where: { id: estimateId },
      select: { status: true, acceptedAt: true, declinedAt: true },
    }),
    db.auditLog.count({ where: { targetId: estimateId, action: 'estimate.accept' } }),
    db.auditLog.count({ where: { targetId: estimateId, action: 'estimate.decline' } }),
  ]);
  return { ...estimate, accepts, declines };
}
