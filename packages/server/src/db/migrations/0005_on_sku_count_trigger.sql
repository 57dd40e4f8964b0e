-- products.on_sku_count follows the on-shelf SKUs of each product, whoever writes skus (the API,
-- an import, a script), so catalog lists need no per-product EXISTS. Statement-level triggers
-- recount once per statement for the products it touched, so a 10,000-row import stays fast.
CREATE FUNCTION products_on_sku_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE products p SET on_sku_count = (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.status = 'on')
     WHERE p.id IN (SELECT product_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE products p SET on_sku_count = (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.status = 'on')
     WHERE p.id IN (SELECT product_id FROM old_rows);
  ELSE
    UPDATE products p SET on_sku_count = (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.status = 'on')
     WHERE p.id IN (SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER skus_on_sku_count_insert AFTER INSERT ON skus REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION products_on_sku_recount();
--> statement-breakpoint
CREATE TRIGGER skus_on_sku_count_update AFTER UPDATE ON skus REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION products_on_sku_recount();
--> statement-breakpoint
CREATE TRIGGER skus_on_sku_count_delete AFTER DELETE ON skus REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION products_on_sku_recount();
--> statement-breakpoint
UPDATE products p SET on_sku_count = (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.status = 'on');
