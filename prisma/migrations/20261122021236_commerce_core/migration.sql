-- CreateEnum
CREATE TYPE "CheckoutStatus" AS ENUM ('open', 'completed', 'expired');

-- AlterEnum: the order lifecycle becomes one state machine; old values map to their new names.
CREATE TYPE "OrderStatus_new" AS ENUM ('pending_payment', 'paid', 'processing', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded', 'partially_refunded');
ALTER TABLE "public"."Order" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order" ALTER COLUMN "status" TYPE "OrderStatus_new" USING (
  CASE "status"::text
    WHEN 'pending' THEN 'pending_payment'
    WHEN 'confirmed' THEN 'paid'
    WHEN 'completed' THEN 'delivered'
    ELSE "status"::text
  END::"OrderStatus_new");
ALTER TYPE "OrderStatus" RENAME TO "OrderStatus_old";
ALTER TYPE "OrderStatus_new" RENAME TO "OrderStatus";
DROP TYPE "public"."OrderStatus_old";
ALTER TABLE "Order" ALTER COLUMN "status" SET DEFAULT 'pending_payment';

-- AlterTable
ALTER TABLE "EstimateItem" ADD COLUMN     "markupBps" INTEGER;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paidTotal" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "status" SET DEFAULT 'pending_payment';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Return" ADD COLUMN     "replacementOrderId" TEXT;

-- CreateTable
CREATE TABLE "CheckoutSession" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "customerId" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "shippingAddress" JSONB,
    "billingAddress" JSONB,
    "shippingTierCode" TEXT,
    "paymentProvider" "PaymentProvider",
    "customerNote" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "status" "CheckoutStatus" NOT NULL DEFAULT 'open',
    "orderId" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckoutSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerSession" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckoutSession_orderId_key" ON "CheckoutSession"("orderId");

-- CreateIndex
CREATE INDEX "CheckoutSession_tenantId_cartId_status_idx" ON "CheckoutSession"("tenantId", "cartId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CheckoutSession_tenantId_idempotencyKey_key" ON "CheckoutSession"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "CustomerSession_tenantId_customerId_idx" ON "CustomerSession"("tenantId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSession_tenantId_tokenHash_key" ON "CustomerSession"("tenantId", "tokenHash");

-- CreateIndex
CREATE INDEX "DomainEvent_tenantId_dispatchedAt_occurredAt_idx" ON "DomainEvent"("tenantId", "dispatchedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "DomainEvent_tenantId_type_occurredAt_idx" ON "DomainEvent"("tenantId", "type", "occurredAt");

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Product_title_trgm_idx" ON "Product" USING GIN ("title" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "CheckoutSession" ADD CONSTRAINT "CheckoutSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckoutSession" ADD CONSTRAINT "CheckoutSession_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckoutSession" ADD CONSTRAINT "CheckoutSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckoutSession" ADD CONSTRAINT "CheckoutSession_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSession" ADD CONSTRAINT "CustomerSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSession" ADD CONSTRAINT "CustomerSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_replacementOrderId_fkey" FOREIGN KEY ("replacementOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- RowLevelSecurity
ALTER TABLE "CheckoutSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CheckoutSession" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CheckoutSession"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "CustomerSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerSession" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CustomerSession"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- RowLevelSecurity
ALTER TABLE "DomainEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DomainEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DomainEvent"
    USING ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- Backfill: captured money for paid orders, and refund states on the order itself.
UPDATE "Order" SET "paidTotal" = "total" WHERE "paymentStatus" IN ('paid', 'partially_refunded', 'refunded');
UPDATE "Order" SET "status" = 'refunded' WHERE "paymentStatus" = 'refunded' AND "status" <> 'cancelled';
UPDATE "Order" SET "status" = 'partially_refunded' WHERE "paymentStatus" = 'partially_refunded' AND "status" <> 'cancelled';

-- Invariants: money refunded never exceeds money captured.
ALTER TABLE "Order" ADD CONSTRAINT "Order_paid_within_bounds"
    CHECK ("paidTotal" >= 0 AND "refundedTotal" <= "paidTotal");
ALTER TABLE "EstimateItem" ADD CONSTRAINT "EstimateItem_markup_nonnegative"
    CHECK ("markupBps" IS NULL OR "markupBps" >= 0);

-- Product search document: title weighs most, then vendor, type and tags, then the description
-- with its markup stripped. 'simple' keeps brand names and non-English words intact.
CREATE FUNCTION product_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."vendor", '') || ' ' || coalesce(NEW."productType", '') || ' ' || array_to_string(NEW."tags", ' ')), 'B') ||
    setweight(to_tsvector('simple', regexp_replace(coalesce(NEW."descriptionHtml", ''), '<[^>]*>', ' ', 'g')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER product_search_vector
    BEFORE INSERT OR UPDATE OF "title", "vendor", "productType", "tags", "descriptionHtml" ON "Product"
    FOR EACH ROW EXECUTE FUNCTION product_search_vector();

UPDATE "Product" SET "title" = "title";
