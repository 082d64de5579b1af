import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Every model that carries a `tenantId`. The scope extension injects the tenant into these; an
 * integration test checks this list against the columns of the migrated database, so a new
 * tenant-owned table cannot be forgotten here.
 */
export const tenantModels = [
  'Domain',
  'StoreMember',
  'StoreInvitation',
  'TenantSetting',
  'TenantCounter',
  'Credential',
  'Customer',
  'CustomerAddress',
  'CustomerToken',
  'Category',
  'Product',
  'ProductCategory',
  'ProductOption',
  'ProductOptionValue',
  'ProductVariant',
  'VariantOptionValue',
  'MediaAsset',
  'ProductMedia',
  'InventoryLocation',
  'InventoryLevel',
  'InventoryReservation',
  'InventoryTransaction',
  'Cart',
  'CartLine',
  'CheckoutSession',
  'CustomerSession',
  'DomainEvent',
  'Discount',
  'DiscountProduct',
  'DiscountCategory',
  'DiscountUsage',
  'ShippingZone',
  'ShippingRate',
  'ShippingTier',
  'TaxRate',
  'Order',
  'OrderItem',
  'OrderNote',
  'OrderEvent',
  'Payment',
  'Refund',
  'Return',
  'ReturnItem',
  'Shipment',
  'ShipmentItem',
  'Estimate',
  'EstimateItem',
  'Page',
  'PageVersion',
  'PageTemplate',
  'EmailTemplate',
  'EmailOutbox',
  'NewsletterSubscriber',
  'NewsletterCampaign',
  'CampaignDelivery',
  'AiGeneration',
  'StorefrontEvent',
  'Subscription',
  'UsageRecord',
  'PlatformInvoice',
  'AuditLog',
  'WebhookEvent',
  'WorkflowRun',
  'WorkflowStep',
  'ApiKey',
] as const satisfies readonly Prisma.ModelName[];

export type TenantModel = (typeof tenantModels)[number];

const tenantModelSet: ReadonlySet<string> = new Set(tenantModels);

export function isTenantModel(model: string | undefined): model is TenantModel {
  return model !== undefined && tenantModelSet.has(model);
}
