-- The default warehouse (总仓, WH01): stock adjustments without a warehouse go here. Seeded by a
-- migration rather than lazily, so the service never races to create it.
INSERT INTO "warehouses" ("code", "name", "is_default") VALUES ('WH01', '总仓', true) ON CONFLICT DO NOTHING;
