-- Storefront pages are cached with the catalog reads (storefront.pages.*), so publishing,
-- unpublishing or editing a page announces a catalog change for its store, like a product edit
-- does (see 20261122051500_store_change_notifications).
CREATE TRIGGER "Page_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Page"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
CREATE TRIGGER "PageVersion_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "PageVersion"
    FOR EACH ROW EXECUTE FUNCTION notify_store_change('catalog', 'tenantId');
