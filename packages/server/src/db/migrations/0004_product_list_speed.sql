ALTER TABLE "products" ADD COLUMN "on_sku_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "products_sort_idx" ON "products" USING btree ("sort","id");