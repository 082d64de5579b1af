-- Row-level security beyond the tenant-owned tables (which get `tenant_isolation` when created).

-- The store row itself: a store-scoped session sees and updates only its own store.
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON "Tenant"
    USING ("id" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')
    WITH CHECK ("id" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on');

-- Accounts are global. A store-scoped session sees only the people who are members of that
-- store, and never creates or changes accounts (sign-in and provisioning run unscoped).
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY member_of_current_store ON "User"
    USING (
        current_setting('app.rls_bypass', true) = 'on'
        OR EXISTS (
            SELECT 1 FROM "StoreMember" m
            WHERE m."userId" = "User"."id" AND m."tenantId" = current_setting('app.tenant_id', true)
        )
    )
    WITH CHECK (current_setting('app.rls_bypass', true) = 'on');

-- Invariants the application relies on, enforced where no code path can skip them.
ALTER TABLE "InventoryLevel" ADD CONSTRAINT "InventoryLevel_onHand_nonnegative" CHECK ("onHand" >= 0);
ALTER TABLE "InventoryLevel" ADD CONSTRAINT "InventoryLevel_reserved_nonnegative" CHECK ("reserved" >= 0);
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "ReturnItem" ADD CONSTRAINT "ReturnItem_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "ShipmentItem" ADD CONSTRAINT "ShipmentItem_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_prices_nonnegative"
    CHECK ("price" >= 0 AND ("compareAtPrice" IS NULL OR "compareAtPrice" >= 0) AND ("costPrice" IS NULL OR "costPrice" >= 0));
ALTER TABLE "Order" ADD CONSTRAINT "Order_totals_nonnegative"
    CHECK ("subtotal" >= 0 AND "discountTotal" >= 0 AND "shippingTotal" >= 0 AND "taxTotal" >= 0 AND "total" >= 0 AND "refundedTotal" >= 0 AND "refundedTotal" <= "total");
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_value_nonnegative" CHECK ("value" >= 0);
