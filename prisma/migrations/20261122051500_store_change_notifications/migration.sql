-- Storefront caches listen on this channel (packages/db/src/changes/change-feed.ts). Each write to
-- a table they read from announces "<topic>:<tenantId>" when its transaction commits; PostgreSQL
-- folds identical notifications of one transaction into one, so a bulk import sends one per store.
-- TG_ARGV[0] is the topic, TG_ARGV[1] the column holding the store id.
CREATE FUNCTION notify_store_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  PERFORM pg_notify('storeloom_store_changes', TG_ARGV[0] || ':' || (row_data ->> TG_ARGV[1]));
  IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[1]) IS DISTINCT FROM (row_data ->> TG_ARGV[1]) THEN
    PERFORM pg_notify('storeloom_store_changes', TG_ARGV[0] || ':' || (to_jsonb(OLD) ->> TG_ARGV[1]));
  END IF;
  RETURN NULL;
END
$$;

-- What storefront catalog reads come from: products, their variants, options, media, categories
-- and stock.
CREATE TRIGGER "Product_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Product"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "ProductVariant_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductVariant"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "ProductOption_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductOption"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "ProductOptionValue_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductOptionValue"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "VariantOptionValue_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "VariantOptionValue"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "ProductCategory_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductCategory"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "Category_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Category"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "ProductMedia_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductMedia"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "MediaAsset_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "MediaAsset"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "InventoryLevel_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "InventoryLevel"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "InventoryLocation_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "InventoryLocation"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');

-- What host resolution reads: the store itself and its domains.
CREATE TRIGGER "Tenant_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Tenant"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('tenancy', 'id');
CREATE TRIGGER "Domain_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Domain"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('tenancy', 'tenantId');
