-- CreateEnum
CREATE TYPE "AiGenerationKind" AS ENUM ('product_description', 'product_seo', 'page_content', 'image', 'email_copy');

-- CreateEnum
CREATE TYPE "AiGenerationStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "StorefrontEventType" AS ENUM ('page_view', 'product_view', 'search', 'add_to_cart', 'checkout_started', 'purchase');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('trialing', 'active', 'past_due', 'cancelled');

-- CreateEnum
CREATE TYPE "UsageMetric" AS ENUM ('orders', 'ai_tokens', 'ai_images', 'emails', 'storage_bytes');

-- CreateEnum
CREATE TYPE "PlatformInvoiceStatus" AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');

-- CreateEnum
CREATE TYPE "CartStatus" AS ENUM ('active', 'converted', 'merged', 'abandoned');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('draft', 'active', 'archived');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('image', 'video', 'file');

-- CreateEnum
CREATE TYPE "PageStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "PageKind" AS ENUM ('home', 'landing', 'content', 'product_template', 'collection_template');

-- CreateEnum
CREATE TYPE "CustomerTokenKind" AS ENUM ('magic_link', 'password_reset', 'email_verification');

-- CreateEnum
CREATE TYPE "EstimateStatus" AS ENUM ('draft', 'sent', 'accepted', 'declined', 'converted', 'expired');

-- CreateEnum
CREATE TYPE "EstimateItemKind" AS ENUM ('material', 'labour', 'other');

-- CreateEnum
CREATE TYPE "ReservationStatus" AS ENUM ('active', 'committed', 'released', 'expired');

-- CreateEnum
CREATE TYPE "InventoryReason" AS ENUM ('sale', 'return', 'adjustment', 'transfer_in', 'transfer_out', 'received', 'correction');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('queued', 'sending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "SubscriberStatus" AS ENUM ('pending', 'subscribed', 'unsubscribed', 'bounced');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'scheduled', 'sending', 'sent', 'cancelled');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('pending', 'confirmed', 'processing', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'failed', 'voided');

-- CreateEnum
CREATE TYPE "FulfillmentStatus" AS ENUM ('unfulfilled', 'partially_fulfilled', 'fulfilled', 'delivered', 'partially_returned', 'returned');

-- CreateEnum
CREATE TYPE "OrderSource" AS ENUM ('storefront', 'admin', 'estimate', 'import', 'api');

-- CreateEnum
CREATE TYPE "NoteVisibility" AS ENUM ('internal', 'customer');

-- CreateEnum
CREATE TYPE "PaymentProvider" AS ENUM ('manual', 'stripe', 'paypal');

-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('pending', 'requires_action', 'authorized', 'captured', 'failed', 'cancelled', 'partially_refunded', 'refunded');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('pending', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('requested', 'approved', 'rejected', 'received', 'refunded', 'cancelled');

-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('pending', 'shipped', 'in_transit', 'delivered', 'exception');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('user', 'operator', 'customer', 'api_key', 'system');

-- CreateEnum
CREATE TYPE "WebhookEventStatus" AS ENUM ('received', 'processed', 'ignored', 'failed');

-- CreateEnum
CREATE TYPE "WorkflowRunStatus" AS ENUM ('queued', 'running', 'sleeping', 'waiting', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('percentage', 'fixed_amount', 'free_shipping');

-- CreateEnum
CREATE TYPE "DiscountMethod" AS ENUM ('code', 'automatic');

-- CreateEnum
CREATE TYPE "DiscountScope" AS ENUM ('all', 'products', 'categories');

-- CreateEnum
CREATE TYPE "ShippingRateBasis" AS ENUM ('flat', 'weight', 'order_value');

-- CreateEnum
CREATE TYPE "TenantStatus" AS ENUM ('active', 'suspended', 'closed');

-- CreateEnum
CREATE TYPE "DomainKind" AS ENUM ('subdomain', 'custom');

-- CreateEnum
CREATE TYPE "StoreRole" AS ENUM ('owner', 'admin', 'staff', 'viewer');

-- CreateTable
CREATE TABLE "AiGeneration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "AiGenerationKind" NOT NULL,
    "status" "AiGenerationStatus" NOT NULL DEFAULT 'queued',
    "provider" TEXT,
    "model" TEXT,
    "prompt" TEXT NOT NULL,
    "input" JSONB NOT NULL DEFAULT '{}',
    "output" JSONB,
    "error" TEXT,
    "promptTokens" INTEGER NOT NULL DEFAULT 0,
    "completionTokens" INTEGER NOT NULL DEFAULT 0,
    "costMicros" INTEGER NOT NULL DEFAULT 0,
    "targetType" TEXT,
    "targetId" TEXT,
    "requestedById" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AiGeneration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorefrontEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "type" "StorefrontEventType" NOT NULL,
    "sessionId" TEXT NOT NULL,
    "customerId" TEXT,
    "productId" TEXT,
    "variantId" TEXT,
    "orderId" TEXT,
    "value" INTEGER,
    "path" TEXT,
    "referrer" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StorefrontEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "monthlyPrice" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "limits" JSONB NOT NULL DEFAULT '{}',
    "usagePrices" JSONB NOT NULL DEFAULT '{}',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'trialing',
    "currentPeriodStart" TIMESTAMPTZ(3) NOT NULL,
    "currentPeriodEnd" TIMESTAMPTZ(3) NOT NULL,
    "trialEndsAt" TIMESTAMPTZ(3),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "metric" "UsageMetric" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformInvoice" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "PlatformInvoiceStatus" NOT NULL DEFAULT 'draft',
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "periodEnd" TIMESTAMPTZ(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "taxTotal" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "lines" JSONB NOT NULL DEFAULT '[]',
    "issuedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlatformInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "customerId" TEXT,
    "email" TEXT,
    "currency" CHAR(3) NOT NULL,
    "status" "CartStatus" NOT NULL DEFAULT 'active',
    "discountCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "convertedOrderId" TEXT,
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CartLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "imageId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "descriptionHtml" TEXT NOT NULL DEFAULT '',
    "status" "ProductStatus" NOT NULL DEFAULT 'draft',
    "vendor" TEXT,
    "productType" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductCategory" (
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductCategory_pkey" PRIMARY KEY ("tenantId","productId","categoryId")
);

-- CreateTable
CREATE TABLE "ProductOption" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductOptionValue" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductOptionValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductVariant" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "barcode" TEXT,
    "price" INTEGER NOT NULL,
    "compareAtPrice" INTEGER,
    "costPrice" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "weightGrams" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "trackInventory" BOOLEAN NOT NULL DEFAULT true,
    "allowBackorder" BOOLEAN NOT NULL DEFAULT false,
    "lowStockThreshold" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProductVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VariantOptionValue" (
    "tenantId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "optionValueId" TEXT NOT NULL,

    CONSTRAINT "VariantOptionValue_pkey" PRIMARY KEY ("tenantId","variantId","optionValueId")
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "MediaKind" NOT NULL DEFAULT 'image',
    "storageKey" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "altText" TEXT,
    "isAiGenerated" BOOLEAN NOT NULL DEFAULT false,
    "aiGenerationId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductMedia" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "mediaAssetId" TEXT NOT NULL,
    "variantId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "altText" TEXT,

    CONSTRAINT "ProductMedia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "PageKind" NOT NULL DEFAULT 'content',
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PageStatus" NOT NULL DEFAULT 'draft',
    "draftContent" JSONB NOT NULL,
    "publishedVersionId" TEXT,
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageTemplate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "PageKind" NOT NULL DEFAULT 'content',
    "content" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PageTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "emailVerifiedAt" TIMESTAMPTZ(3),
    "acceptsMarketing" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerAddress" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "company" TEXT,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "postalCode" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "phone" TEXT,
    "isDefaultShipping" BOOLEAN NOT NULL DEFAULT false,
    "isDefaultBilling" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerToken" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "kind" "CustomerTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Estimate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "customerId" TEXT,
    "customerName" TEXT NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "EstimateStatus" NOT NULL DEFAULT 'draft',
    "currency" CHAR(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3),
    "notes" TEXT,
    "terms" TEXT,
    "subtotal" INTEGER NOT NULL DEFAULT 0,
    "discountTotal" INTEGER NOT NULL DEFAULT 0,
    "taxTotal" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "materialsCost" INTEGER NOT NULL DEFAULT 0,
    "labourCost" INTEGER NOT NULL DEFAULT 0,
    "totalCost" INTEGER NOT NULL DEFAULT 0,
    "profit" INTEGER NOT NULL DEFAULT 0,
    "marginBps" INTEGER NOT NULL DEFAULT 0,
    "depositBps" INTEGER,
    "acceptTokenHash" TEXT,
    "convertedOrderId" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "declinedAt" TIMESTAMPTZ(3),
    "convertedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Estimate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EstimateItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "estimateId" TEXT NOT NULL,
    "kind" "EstimateItemKind" NOT NULL,
    "variantId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "quantity" DECIMAL(10,2) NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "hours" DECIMAL(8,2),
    "labourRate" INTEGER,
    "total" INTEGER NOT NULL,
    "costTotal" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EstimateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryLocation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "address" JSONB,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InventoryLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryLevel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "onHand" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InventoryLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryReservation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "status" "ReservationStatus" NOT NULL DEFAULT 'active',
    "cartId" TEXT,
    "orderId" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InventoryReservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryTransaction" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL,
    "reason" "InventoryReason" NOT NULL,
    "referenceType" TEXT,
    "referenceId" TEXT,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InventoryTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailTemplate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "replyTo" TEXT,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT,
    "templateKey" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "EmailStatus" NOT NULL DEFAULT 'queued',
    "provider" TEXT NOT NULL DEFAULT 'outbox',
    "providerMessageId" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterSubscriber" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "SubscriberStatus" NOT NULL DEFAULT 'pending',
    "customerId" TEXT,
    "source" TEXT,
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsletterSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterCampaign" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "previewText" TEXT,
    "html" TEXT NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "scheduledAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsletterCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignDelivery" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "outboxId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CampaignDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "customerId" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "status" "OrderStatus" NOT NULL DEFAULT 'pending',
    "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "fulfillmentStatus" "FulfillmentStatus" NOT NULL DEFAULT 'unfulfilled',
    "source" "OrderSource" NOT NULL DEFAULT 'storefront',
    "currency" CHAR(3) NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "discountTotal" INTEGER NOT NULL DEFAULT 0,
    "shippingTotal" INTEGER NOT NULL DEFAULT 0,
    "taxTotal" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "refundedTotal" INTEGER NOT NULL DEFAULT 0,
    "materialsCost" INTEGER NOT NULL DEFAULT 0,
    "labourCost" INTEGER NOT NULL DEFAULT 0,
    "totalCost" INTEGER NOT NULL DEFAULT 0,
    "profit" INTEGER NOT NULL DEFAULT 0,
    "marginBps" INTEGER NOT NULL DEFAULT 0,
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT false,
    "shippingTierCode" TEXT,
    "shippingMethodName" TEXT,
    "shippingAddress" JSONB,
    "billingAddress" JSONB,
    "discountCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "customerNote" TEXT,
    "idempotencyKey" TEXT,
    "cartId" TEXT,
    "placedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "productId" TEXT,
    "variantId" TEXT,
    "name" TEXT NOT NULL,
    "variantTitle" TEXT,
    "sku" TEXT,
    "unitPrice" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "discountAmount" INTEGER NOT NULL DEFAULT 0,
    "taxAmount" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "costPrice" INTEGER NOT NULL DEFAULT 0,
    "isMaterial" BOOLEAN NOT NULL DEFAULT false,
    "isLabour" BOOLEAN NOT NULL DEFAULT false,
    "hours" DECIMAL(8,2),
    "labourRate" INTEGER,
    "fulfilledQuantity" INTEGER NOT NULL DEFAULT 0,
    "returnedQuantity" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderNote" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "visibility" "NoteVisibility" NOT NULL DEFAULT 'internal',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "providerReference" TEXT,
    "status" "PaymentState" NOT NULL DEFAULT 'pending',
    "amount" INTEGER NOT NULL,
    "capturedAmount" INTEGER NOT NULL DEFAULT 0,
    "refundedAmount" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "failureCode" TEXT,
    "failureMessage" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "returnId" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT,
    "status" "RefundStatus" NOT NULL DEFAULT 'pending',
    "providerReference" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Return" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'requested',
    "reason" TEXT NOT NULL,
    "customerNote" TEXT,
    "merchantNote" TEXT,
    "refundAmount" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "restock" BOOLEAN NOT NULL DEFAULT true,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMPTZ(3),
    "rejectedAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "refundedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Return_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "returnId" TEXT NOT NULL,
    "orderItemId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" TEXT,
    "condition" TEXT,
    "restocked" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReturnItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "locationId" TEXT,
    "carrier" TEXT NOT NULL,
    "service" TEXT,
    "trackingNumber" TEXT,
    "trackingUrl" TEXT,
    "status" "ShipmentStatus" NOT NULL DEFAULT 'pending',
    "shippedAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "orderItemId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "ShipmentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "impersonatorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookEventStatus" NOT NULL DEFAULT 'received',
    "error" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowRun" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "functionId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "WorkflowRunStatus" NOT NULL DEFAULT 'queued',
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "error" JSONB,
    "wakeAt" TIMESTAMPTZ(3),
    "waitingForEvent" TEXT,
    "waitMatch" TEXT,
    "waitTimeoutAt" TIMESTAMPTZ(3),
    "lockedUntil" TIMESTAMPTZ(3),
    "idempotencyKey" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkflowRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowStep" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "runId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "hashedId" TEXT NOT NULL,
    "data" JSONB,
    "error" JSONB,
    "position" INTEGER NOT NULL,
    "completedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkflowStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Discount" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "method" "DiscountMethod" NOT NULL,
    "code" TEXT,
    "kind" "DiscountKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "currency" CHAR(3),
    "scope" "DiscountScope" NOT NULL DEFAULT 'all',
    "minSubtotal" INTEGER,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "usageLimit" INTEGER,
    "perCustomerLimit" INTEGER,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "combinesWithDiscounts" BOOLEAN NOT NULL DEFAULT false,
    "combinesWithShipping" BOOLEAN NOT NULL DEFAULT true,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Discount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountProduct" (
    "tenantId" TEXT NOT NULL,
    "discountId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    CONSTRAINT "DiscountProduct_pkey" PRIMARY KEY ("tenantId","discountId","productId")
);

-- CreateTable
CREATE TABLE "DiscountCategory" (
    "tenantId" TEXT NOT NULL,
    "discountId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "DiscountCategory_pkey" PRIMARY KEY ("tenantId","discountId","categoryId")
);

-- CreateTable
CREATE TABLE "DiscountUsage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "discountId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "customerId" TEXT,
    "customerEmail" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscountUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShippingZone" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countries" TEXT[],
    "regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ShippingZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShippingRate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "basis" "ShippingRateBasis" NOT NULL DEFAULT 'flat',
    "minValue" INTEGER,
    "maxValue" INTEGER,
    "price" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ShippingRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShippingTier" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "multiplierPermille" INTEGER NOT NULL,
    "deliveryDaysMin" INTEGER NOT NULL,
    "deliveryDaysMax" INTEGER NOT NULL,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ShippingTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxRate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "rateBps" INTEGER NOT NULL,
    "appliesToShipping" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TaxRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "TenantStatus" NOT NULL DEFAULT 'active',
    "suspendedAt" TIMESTAMPTZ(3),
    "suspendedReason" TEXT,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "locale" TEXT NOT NULL DEFAULT 'en-US',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT false,
    "contactEmail" TEXT,
    "clerkOrganizationId" TEXT,
    "theme" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Domain" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "kind" "DomainKind" NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" TIMESTAMPTZ(3),
    "verificationToken" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "clerkUserId" TEXT,
    "isPlatformOperator" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreMember" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "StoreRole" NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StoreMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreInvitation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "StoreRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoreInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantSetting" (
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TenantSetting_pkey" PRIMARY KEY ("tenantId","key")
);

-- CreateTable
CREATE TABLE "TenantCounter" (
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TenantCounter_pkey" PRIMARY KEY ("tenantId","name")
);

-- CreateTable
CREATE TABLE "Credential" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "iv" TEXT NOT NULL,
    "authTag" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Credential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AiGeneration_tenantId_createdAt_idx" ON "AiGeneration"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AiGeneration_tenantId_targetType_targetId_idx" ON "AiGeneration"("tenantId", "targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "AiGeneration_tenantId_idempotencyKey_key" ON "AiGeneration"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "StorefrontEvent_tenantId_type_occurredAt_idx" ON "StorefrontEvent"("tenantId", "type", "occurredAt");

-- CreateIndex
CREATE INDEX "StorefrontEvent_tenantId_productId_type_idx" ON "StorefrontEvent"("tenantId", "productId", "type");

-- CreateIndex
CREATE INDEX "StorefrontEvent_tenantId_sessionId_idx" ON "StorefrontEvent"("tenantId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");

-- CreateIndex
CREATE INDEX "Subscription_tenantId_status_idx" ON "Subscription"("tenantId", "status");

-- CreateIndex
CREATE INDEX "UsageRecord_tenantId_metric_occurredAt_idx" ON "UsageRecord"("tenantId", "metric", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "UsageRecord_tenantId_idempotencyKey_key" ON "UsageRecord"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformInvoice_tenantId_number_key" ON "PlatformInvoice"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformInvoice_tenantId_periodStart_key" ON "PlatformInvoice"("tenantId", "periodStart");

-- CreateIndex
CREATE INDEX "Cart_tenantId_customerId_status_idx" ON "Cart"("tenantId", "customerId", "status");

-- CreateIndex
CREATE INDEX "Cart_tenantId_status_lastActivityAt_idx" ON "Cart"("tenantId", "status", "lastActivityAt");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_tenantId_tokenHash_key" ON "Cart"("tenantId", "tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CartLine_tenantId_cartId_variantId_key" ON "CartLine"("tenantId", "cartId", "variantId");

-- CreateIndex
CREATE INDEX "Category_tenantId_parentId_position_idx" ON "Category"("tenantId", "parentId", "position");

-- CreateIndex
CREATE INDEX "Category_tenantId_path_idx" ON "Category"("tenantId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Category_tenantId_slug_key" ON "Category"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "Product_tenantId_status_createdAt_idx" ON "Product"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_tenantId_slug_key" ON "Product"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "ProductCategory_tenantId_categoryId_position_idx" ON "ProductCategory"("tenantId", "categoryId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProductOption_tenantId_productId_name_key" ON "ProductOption"("tenantId", "productId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProductOptionValue_tenantId_optionId_value_key" ON "ProductOptionValue"("tenantId", "optionId", "value");

-- CreateIndex
CREATE INDEX "ProductVariant_tenantId_productId_position_idx" ON "ProductVariant"("tenantId", "productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProductVariant_tenantId_sku_key" ON "ProductVariant"("tenantId", "sku");

-- CreateIndex
CREATE INDEX "VariantOptionValue_tenantId_optionValueId_idx" ON "VariantOptionValue"("tenantId", "optionValueId");

-- CreateIndex
CREATE INDEX "MediaAsset_tenantId_createdAt_idx" ON "MediaAsset"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_tenantId_storageKey_key" ON "MediaAsset"("tenantId", "storageKey");

-- CreateIndex
CREATE INDEX "ProductMedia_tenantId_productId_position_idx" ON "ProductMedia"("tenantId", "productId", "position");

-- CreateIndex
CREATE INDEX "ProductMedia_tenantId_mediaAssetId_idx" ON "ProductMedia"("tenantId", "mediaAssetId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductMedia_tenantId_productId_mediaAssetId_key" ON "ProductMedia"("tenantId", "productId", "mediaAssetId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_publishedVersionId_key" ON "Page"("publishedVersionId");

-- CreateIndex
CREATE INDEX "Page_tenantId_status_idx" ON "Page"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Page_tenantId_slug_key" ON "Page"("tenantId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "PageVersion_tenantId_pageId_version_key" ON "PageVersion"("tenantId", "pageId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PageTemplate_tenantId_name_key" ON "PageTemplate"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Customer_tenantId_createdAt_idx" ON "Customer"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_tenantId_email_key" ON "Customer"("tenantId", "email");

-- CreateIndex
CREATE INDEX "CustomerAddress_tenantId_customerId_idx" ON "CustomerAddress"("tenantId", "customerId");

-- CreateIndex
CREATE INDEX "CustomerToken_tenantId_customerId_kind_idx" ON "CustomerToken"("tenantId", "customerId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerToken_tenantId_tokenHash_key" ON "CustomerToken"("tenantId", "tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Estimate_convertedOrderId_key" ON "Estimate"("convertedOrderId");

-- CreateIndex
CREATE INDEX "Estimate_tenantId_status_createdAt_idx" ON "Estimate"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Estimate_tenantId_number_key" ON "Estimate"("tenantId", "number");

-- CreateIndex
CREATE INDEX "EstimateItem_tenantId_estimateId_position_idx" ON "EstimateItem"("tenantId", "estimateId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryLocation_tenantId_code_key" ON "InventoryLocation"("tenantId", "code");

-- CreateIndex
CREATE INDEX "InventoryLevel_tenantId_locationId_idx" ON "InventoryLevel"("tenantId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryLevel_tenantId_variantId_locationId_key" ON "InventoryLevel"("tenantId", "variantId", "locationId");

-- CreateIndex
CREATE INDEX "InventoryReservation_tenantId_status_expiresAt_idx" ON "InventoryReservation"("tenantId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "InventoryReservation_tenantId_orderId_idx" ON "InventoryReservation"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "InventoryReservation_tenantId_cartId_idx" ON "InventoryReservation"("tenantId", "cartId");

-- CreateIndex
CREATE INDEX "InventoryTransaction_tenantId_variantId_createdAt_idx" ON "InventoryTransaction"("tenantId", "variantId", "createdAt");

-- CreateIndex
CREATE INDEX "InventoryTransaction_tenantId_referenceType_referenceId_idx" ON "InventoryTransaction"("tenantId", "referenceType", "referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailTemplate_tenantId_key_key" ON "EmailTemplate"("tenantId", "key");

-- CreateIndex
CREATE INDEX "EmailOutbox_tenantId_createdAt_idx" ON "EmailOutbox"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_tenantId_status_idx" ON "EmailOutbox"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_tenantId_idempotencyKey_key" ON "EmailOutbox"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "NewsletterSubscriber_tenantId_status_idx" ON "NewsletterSubscriber"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_tenantId_email_key" ON "NewsletterSubscriber"("tenantId", "email");

-- CreateIndex
CREATE INDEX "NewsletterCampaign_tenantId_status_idx" ON "NewsletterCampaign"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignDelivery_tenantId_campaignId_subscriberId_key" ON "CampaignDelivery"("tenantId", "campaignId", "subscriberId");

-- CreateIndex
CREATE INDEX "Order_tenantId_placedAt_idx" ON "Order"("tenantId", "placedAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_status_placedAt_idx" ON "Order"("tenantId", "status", "placedAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_customerId_idx" ON "Order"("tenantId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_number_key" ON "Order"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_idempotencyKey_key" ON "Order"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderItem_tenantId_orderId_idx" ON "OrderItem"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "OrderItem_tenantId_variantId_idx" ON "OrderItem"("tenantId", "variantId");

-- CreateIndex
CREATE INDEX "OrderItem_tenantId_productId_idx" ON "OrderItem"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "OrderNote_tenantId_orderId_createdAt_idx" ON "OrderNote"("tenantId", "orderId", "createdAt");

-- CreateIndex
CREATE INDEX "OrderEvent_tenantId_orderId_createdAt_idx" ON "OrderEvent"("tenantId", "orderId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_tenantId_provider_providerReference_idx" ON "Payment"("tenantId", "provider", "providerReference");

-- CreateIndex
CREATE INDEX "Payment_tenantId_orderId_idx" ON "Payment"("tenantId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_tenantId_idempotencyKey_key" ON "Payment"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Refund_tenantId_orderId_idx" ON "Refund"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Refund_tenantId_providerReference_idx" ON "Refund"("tenantId", "providerReference");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_tenantId_idempotencyKey_key" ON "Refund"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Return_tenantId_status_requestedAt_idx" ON "Return"("tenantId", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "Return_tenantId_orderId_idx" ON "Return"("tenantId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Return_tenantId_number_key" ON "Return"("tenantId", "number");

-- CreateIndex
CREATE INDEX "ReturnItem_tenantId_returnId_idx" ON "ReturnItem"("tenantId", "returnId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_orderId_idx" ON "Shipment"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_trackingNumber_idx" ON "Shipment"("tenantId", "trackingNumber");

-- CreateIndex
CREATE INDEX "ShipmentItem_tenantId_shipmentId_idx" ON "ShipmentItem"("tenantId", "shipmentId");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_createdAt_idx" ON "AuditLog"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_targetType_targetId_idx" ON "AuditLog"("tenantId", "targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_tenantId_status_idx" ON "WebhookEvent"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_tenantId_provider_eventId_key" ON "WebhookEvent"("tenantId", "provider", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowRun_idempotencyKey_key" ON "WorkflowRun"("idempotencyKey");

-- CreateIndex
CREATE INDEX "WorkflowRun_tenantId_functionId_startedAt_idx" ON "WorkflowRun"("tenantId", "functionId", "startedAt");

-- CreateIndex
CREATE INDEX "WorkflowRun_status_wakeAt_idx" ON "WorkflowRun"("status", "wakeAt");

-- CreateIndex
CREATE INDEX "WorkflowRun_waitingForEvent_status_idx" ON "WorkflowRun"("waitingForEvent", "status");

-- CreateIndex
CREATE INDEX "WorkflowStep_tenantId_runId_idx" ON "WorkflowStep"("tenantId", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowStep_runId_hashedId_key" ON "WorkflowStep"("runId", "hashedId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_tenantId_createdAt_idx" ON "ApiKey"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");

-- CreateIndex
CREATE INDEX "Discount_tenantId_method_isActive_idx" ON "Discount"("tenantId", "method", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Discount_tenantId_code_key" ON "Discount"("tenantId", "code");

-- CreateIndex
CREATE INDEX "DiscountUsage_tenantId_discountId_customerEmail_idx" ON "DiscountUsage"("tenantId", "discountId", "customerEmail");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountUsage_tenantId_discountId_orderId_key" ON "DiscountUsage"("tenantId", "discountId", "orderId");

-- CreateIndex
CREATE INDEX "ShippingZone_tenantId_position_idx" ON "ShippingZone"("tenantId", "position");

-- CreateIndex
CREATE INDEX "ShippingRate_tenantId_zoneId_idx" ON "ShippingRate"("tenantId", "zoneId");

-- CreateIndex
CREATE UNIQUE INDEX "ShippingTier_tenantId_code_key" ON "ShippingTier"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "TaxRate_tenantId_country_region_key" ON "TaxRate"("tenantId", "country", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_clerkOrganizationId_key" ON "Tenant"("clerkOrganizationId");

-- CreateIndex
CREATE INDEX "Tenant_status_idx" ON "Tenant"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Domain_hostname_key" ON "Domain"("hostname");

-- CreateIndex
CREATE INDEX "Domain_tenantId_isPrimary_idx" ON "Domain"("tenantId", "isPrimary");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_clerkUserId_key" ON "User"("clerkUserId");

-- CreateIndex
CREATE INDEX "StoreMember_userId_idx" ON "StoreMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreMember_tenantId_userId_key" ON "StoreMember"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreInvitation_tenantId_email_key" ON "StoreInvitation"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "StoreInvitation_tenantId_tokenHash_key" ON "StoreInvitation"("tenantId", "tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Credential_tenantId_provider_name_key" ON "Credential"("tenantId", "provider", "name");

-- AddForeignKey
ALTER TABLE "AiGeneration" ADD CONSTRAINT "AiGeneration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorefrontEvent" ADD CONSTRAINT "StorefrontEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorefrontEvent" ADD CONSTRAINT "StorefrontEvent_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageRecord" ADD CONSTRAINT "UsageRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformInvoice" ADD CONSTRAINT "PlatformInvoice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOption" ADD CONSTRAINT "ProductOption_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOption" ADD CONSTRAINT "ProductOption_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOptionValue" ADD CONSTRAINT "ProductOptionValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOptionValue" ADD CONSTRAINT "ProductOptionValue_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "ProductOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantOptionValue" ADD CONSTRAINT "VariantOptionValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantOptionValue" ADD CONSTRAINT "VariantOptionValue_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantOptionValue" ADD CONSTRAINT "VariantOptionValue_optionValueId_fkey" FOREIGN KEY ("optionValueId") REFERENCES "ProductOptionValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_aiGenerationId_fkey" FOREIGN KEY ("aiGenerationId") REFERENCES "AiGeneration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductMedia" ADD CONSTRAINT "ProductMedia_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductMedia" ADD CONSTRAINT "ProductMedia_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductMedia" ADD CONSTRAINT "ProductMedia_mediaAssetId_fkey" FOREIGN KEY ("mediaAssetId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductMedia" ADD CONSTRAINT "ProductMedia_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "PageVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageVersion" ADD CONSTRAINT "PageVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageVersion" ADD CONSTRAINT "PageVersion_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageTemplate" ADD CONSTRAINT "PageTemplate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerAddress" ADD CONSTRAINT "CustomerAddress_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerAddress" ADD CONSTRAINT "CustomerAddress_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerToken" ADD CONSTRAINT "CustomerToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerToken" ADD CONSTRAINT "CustomerToken_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Estimate" ADD CONSTRAINT "Estimate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Estimate" ADD CONSTRAINT "Estimate_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Estimate" ADD CONSTRAINT "Estimate_convertedOrderId_fkey" FOREIGN KEY ("convertedOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstimateItem" ADD CONSTRAINT "EstimateItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstimateItem" ADD CONSTRAINT "EstimateItem_estimateId_fkey" FOREIGN KEY ("estimateId") REFERENCES "Estimate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstimateItem" ADD CONSTRAINT "EstimateItem_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryLocation" ADD CONSTRAINT "InventoryLocation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryLevel" ADD CONSTRAINT "InventoryLevel_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryLevel" ADD CONSTRAINT "InventoryLevel_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryLevel" ADD CONSTRAINT "InventoryLevel_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "InventoryLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "InventoryLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryTransaction" ADD CONSTRAINT "InventoryTransaction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryTransaction" ADD CONSTRAINT "InventoryTransaction_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryTransaction" ADD CONSTRAINT "InventoryTransaction_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "InventoryLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailTemplate" ADD CONSTRAINT "EmailTemplate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterSubscriber" ADD CONSTRAINT "NewsletterSubscriber_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterSubscriber" ADD CONSTRAINT "NewsletterSubscriber_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterCampaign" ADD CONSTRAINT "NewsletterCampaign_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignDelivery" ADD CONSTRAINT "CampaignDelivery_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignDelivery" ADD CONSTRAINT "CampaignDelivery_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "NewsletterCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignDelivery" ADD CONSTRAINT "CampaignDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderNote" ADD CONSTRAINT "OrderNote_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderNote" ADD CONSTRAINT "OrderNote_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "Return"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnItem" ADD CONSTRAINT "ReturnItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnItem" ADD CONSTRAINT "ReturnItem_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "Return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnItem" ADD CONSTRAINT "ReturnItem_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "InventoryLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentItem" ADD CONSTRAINT "ShipmentItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentItem" ADD CONSTRAINT "ShipmentItem_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentItem" ADD CONSTRAINT "ShipmentItem_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowRun" ADD CONSTRAINT "WorkflowRun_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStep" ADD CONSTRAINT "WorkflowStep_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStep" ADD CONSTRAINT "WorkflowStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "WorkflowRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountProduct" ADD CONSTRAINT "DiscountProduct_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountProduct" ADD CONSTRAINT "DiscountProduct_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "Discount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountProduct" ADD CONSTRAINT "DiscountProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCategory" ADD CONSTRAINT "DiscountCategory_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCategory" ADD CONSTRAINT "DiscountCategory_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "Discount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCategory" ADD CONSTRAINT "DiscountCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountUsage" ADD CONSTRAINT "DiscountUsage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountUsage" ADD CONSTRAINT "DiscountUsage_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "Discount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountUsage" ADD CONSTRAINT "DiscountUsage_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountUsage" ADD CONSTRAINT "DiscountUsage_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingZone" ADD CONSTRAINT "ShippingZone_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingRate" ADD CONSTRAINT "ShippingRate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingRate" ADD CONSTRAINT "ShippingRate_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "ShippingZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShippingTier" ADD CONSTRAINT "ShippingTier_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxRate" ADD CONSTRAINT "TaxRate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreMember" ADD CONSTRAINT "StoreMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreMember" ADD CONSTRAINT "StoreMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreInvitation" ADD CONSTRAINT "StoreInvitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantSetting" ADD CONSTRAINT "TenantSetting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantCounter" ADD CONSTRAINT "TenantCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- RowLevelSecurity
ALTER TABLE "AiGeneration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AiGeneration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AiGeneration"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApiKey"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditLog"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "CampaignDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CampaignDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CampaignDelivery"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Cart" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Cart" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Cart"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "CartLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CartLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CartLine"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Category" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Category" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Category"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Credential" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Credential" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Credential"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Customer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Customer" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Customer"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "CustomerAddress" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerAddress" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CustomerAddress"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "CustomerToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CustomerToken"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Discount" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Discount" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Discount"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "DiscountCategory" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiscountCategory" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DiscountCategory"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "DiscountProduct" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiscountProduct" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DiscountProduct"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "DiscountUsage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiscountUsage" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DiscountUsage"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Domain" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Domain" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Domain"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "EmailOutbox" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailOutbox" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EmailOutbox"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "EmailTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EmailTemplate"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Estimate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Estimate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Estimate"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "EstimateItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EstimateItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EstimateItem"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "InventoryLevel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InventoryLevel" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InventoryLevel"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "InventoryLocation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InventoryLocation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InventoryLocation"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "InventoryReservation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InventoryReservation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InventoryReservation"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "InventoryTransaction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InventoryTransaction" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InventoryTransaction"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "MediaAsset" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MediaAsset" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MediaAsset"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "NewsletterCampaign" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NewsletterCampaign" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "NewsletterCampaign"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "NewsletterSubscriber" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NewsletterSubscriber" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "NewsletterSubscriber"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Order" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Order" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Order"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "OrderEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderEvent"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "OrderItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderItem"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "OrderNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrderNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrderNote"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Page" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Page" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Page"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "PageTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PageTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PageTemplate"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "PageVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PageVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PageVersion"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Payment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Payment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Payment"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "PlatformInvoice" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlatformInvoice" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlatformInvoice"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Product" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Product" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Product"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ProductCategory" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductCategory" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductCategory"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ProductMedia" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductMedia" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductMedia"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ProductOption" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductOption" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductOption"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ProductOptionValue" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductOptionValue" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductOptionValue"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ProductVariant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProductVariant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProductVariant"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Refund" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Refund" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Refund"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Return" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Return" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Return"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ReturnItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReturnItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReturnItem"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Shipment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Shipment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Shipment"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ShipmentItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShipmentItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShipmentItem"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ShippingRate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShippingRate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShippingRate"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ShippingTier" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShippingTier" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShippingTier"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "ShippingZone" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ShippingZone" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ShippingZone"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "StoreInvitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StoreInvitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StoreInvitation"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "StoreMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StoreMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StoreMember"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "StorefrontEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StorefrontEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StorefrontEvent"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "Subscription" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Subscription" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Subscription"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "TaxRate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TaxRate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TaxRate"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "TenantCounter" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantCounter" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TenantCounter"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "TenantSetting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantSetting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TenantSetting"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "UsageRecord" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UsageRecord" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "UsageRecord"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "VariantOptionValue" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "VariantOptionValue" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "VariantOptionValue"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "WebhookEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WebhookEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WebhookEvent"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "WorkflowRun" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WorkflowRun" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WorkflowRun"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "WorkflowStep" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WorkflowStep" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "WorkflowStep"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');
