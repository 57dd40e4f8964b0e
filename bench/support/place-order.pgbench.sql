-- The SQL of POST /api/orders (a buyer's 5-line credit order, stock in the default warehouse) as one
-- pgbench transaction: the database's own ceiling for bench/orders. Statement for statement what
-- idempotent() + placeOrder() send, in their order, with the same SQL text where it can be copied;
-- where the API passes a value it computed (names, prices, the address snapshot, JSON) a constant of
-- the same shape stands in. Keep it in step with place-order.service.ts, order-lines.ts,
-- inventory/reservations.ts, pricing.service.ts (loadCandidates), lib/idempotency.ts, lib/outbox.ts,
-- inventory/low-stock.ts, orders.query.ts (getOrder), payments/credit.ts: bench/orders compares the count with what the
-- code sends. Not in here: the session lookup each request makes before the
-- transaction (auth.plugin.ts, one statement).
--
-- Variables from bench/orders.bench.ts (-D): sku_lo, sku_hi (contiguous SKU ids), cust_lo, user_lo
-- (the first customer and its buyer; both contiguous), ncust.
-- Five distinct SKUs in ascending id (the order placeOrder reserves in): one from each fifth of the
-- range. Quantities 6, 12, … 30 (minOrderQty 6, orderStep 6).
\set span (:sku_hi - :sku_lo + 1) / 5
\set s1 :sku_lo + random(0, :span - 1)
\set s2 :sku_lo + :span + random(0, :span - 1)
\set s3 :sku_lo + 2 * :span + random(0, :span - 1)
\set s4 :sku_lo + 3 * :span + random(0, :span - 1)
\set s5 :sku_lo + 4 * :span + random(0, :span - 1)
\set q1 6 * random(1, 5)
\set q2 6 * random(1, 5)
\set q3 6 * random(1, 5)
\set q4 6 * random(1, 5)
\set q5 6 * random(1, 5)
\set total 150 * (:q1 + :q2 + :q3 + :q4 + :q5)
\set c random(0, :ncust - 1)
\set cust :cust_lo + :c
\set uid :user_lo + :c
\set key random(1, 1000000000000000)

BEGIN;

-- lib/idempotency.ts: claim the key first
INSERT INTO idempotency_keys (user_id, scope, key, request_hash, status, response)
VALUES (:uid, 'POST /api/orders', 'pgb-' || :client_id::text || '-' || :key::text,
        'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg', 0, 'null'::jsonb)
ON CONFLICT DO NOTHING RETURNING 1 AS ok;

-- orderCustomer (credit: the row is locked)
SELECT c.id::int AS id, c.status, c.salesperson_id::int AS "salespersonId", c.credit_limit::float8 AS "creditLimit"
  FROM customers c WHERE c.id = :cust AND c.id = :cust FOR NO KEY UPDATE;

-- order-lines.ts skuInfo
SELECT s.id::int AS "skuId", s.code, p.name AS "productName", s.name AS "skuName", s.unit,
       s.min_order_qty AS "minOrderQty", s.order_step AS "orderStep", s.allow_backorder AS "allowBackorder",
       (s.status = 'on' AND p.status = 'on') AS sellable,
       (cardinality(p.visible_level_ids) = 0
         OR (SELECT level_id FROM customers WHERE id = :cust) = ANY(p.visible_level_ids)) AS visible,
       (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor)), '[]')
          FROM sku_units u WHERE u.sku_id = s.id) AS units
  FROM skus s JOIN products p ON p.id = s.product_id
 WHERE s.id = ANY(ARRAY[:s1, :s2, :s3, :s4, :s5]::bigint[]);

-- pricing.service.ts loadCandidates (active now)
WITH cust AS (
  SELECT c.id, c.level_id, l.name AS level_name, l.discount_percent
    FROM customers c LEFT JOIN customer_levels l ON l.id = c.level_id
   WHERE c.id = :cust)
SELECT s.id::int AS "skuId", s.price::float8 AS price, s.unit AS "unitName",
       cust.id IS NOT NULL AS "customerFound", cust.level_id::int AS "levelId",
       cust.level_name AS "levelName", cust.discount_percent AS "discountPercent",
       (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor,
                                                   'price', u.price)), '[]')
          FROM sku_units u WHERE u.sku_id = s.id) AS units,
       (SELECT coalesce(json_agg(json_build_object('id', r.id, 'unitId', r.unit_id, 'price', r.price,
                 'startsAt', (extract(epoch FROM r.starts_at) * 1000)::float8,
                 'endsAt', (extract(epoch FROM r.ends_at) * 1000)::float8, 'levelId', r.level_id)), '[]')
          FROM level_prices r
         WHERE r.sku_id = s.id AND r.level_id = cust.level_id
           AND (r.starts_at IS NULL OR r.starts_at <= now()) AND (r.ends_at IS NULL OR r.ends_at > now())) AS "levelPrices",
       (SELECT coalesce(json_agg(json_build_object('id', r.id, 'unitId', r.unit_id, 'price', r.price,
                 'startsAt', (extract(epoch FROM r.starts_at) * 1000)::float8,
                 'endsAt', (extract(epoch FROM r.ends_at) * 1000)::float8)), '[]')
          FROM customer_prices r
         WHERE r.sku_id = s.id AND r.customer_id = cust.id
           AND (r.starts_at IS NULL OR r.starts_at <= now()) AND (r.ends_at IS NULL OR r.ends_at > now())) AS "customerPrices",
       (SELECT coalesce(json_agg(json_build_object('id', r.id, 'unitId', r.unit_id, 'price', r.price,
                 'startsAt', (extract(epoch FROM r.starts_at) * 1000)::float8,
                 'endsAt', (extract(epoch FROM r.ends_at) * 1000)::float8, 'levelId', r.level_id,
                 'minQuantity', r.min_quantity)), '[]')
          FROM quantity_breaks r
         WHERE r.sku_id = s.id AND (r.level_id IS NULL OR r.level_id = cust.level_id)
           AND (r.starts_at IS NULL OR r.starts_at <= now()) AND (r.ends_at IS NULL OR r.ends_at > now()))
         AS "quantityBreaks"
  FROM skus s LEFT JOIN cust ON true
 WHERE s.id = ANY(ARRAY[:s1, :s2, :s3, :s4, :s5]::bigint[]);

-- addressSnapshot (the default address)
SELECT id::int AS "addressId", contact_name AS "contactName", phone, province, city, district, address
  FROM customer_addresses
 WHERE customer_id = :cust AND is_default
 ORDER BY id LIMIT 1;

-- payments/credit.ts assertNotOverdue: the supplier's payment settings (blockOverdue off)
SELECT value FROM settings WHERE key = 'payments';

-- payments/credit.ts assertCreditAvailable: limit, owed on credit, committed by open credit orders
SELECT c.credit_limit::float8 AS "creditLimit",
       coalesce((SELECT a.balance FROM customer_accounts a WHERE a.customer_id = c.id AND a.kind = 'credit'), 0)::float8 AS owed,
       (SELECT coalesce(sum(greatest(0, o.total_amount - o.credited_amount - (o.paid_amount - o.refunded_amount))), 0)
          FROM orders o WHERE o.customer_id = c.id AND o.payment_method = 'credit' AND o.status <> 'cancelled')::float8 AS committed
  FROM customers c WHERE c.id = :cust FOR NO KEY UPDATE OF c;

-- reservations.ts: one conditional update per SKU in ascending id, the default warehouse looked up
-- inside it; :wh (WH01, seeded by migration 0007) is what the API reads back from RETURNING
\set wh 1
UPDATE stock_levels SET reserved = reserved + :q1
 WHERE sku_id = :s1 AND on_hand - reserved >= :q1
   AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
RETURNING warehouse_id::int AS "warehouseId";
UPDATE stock_levels SET reserved = reserved + :q2
 WHERE sku_id = :s2 AND on_hand - reserved >= :q2
   AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
RETURNING warehouse_id::int AS "warehouseId";
UPDATE stock_levels SET reserved = reserved + :q3
 WHERE sku_id = :s3 AND on_hand - reserved >= :q3
   AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
RETURNING warehouse_id::int AS "warehouseId";
UPDATE stock_levels SET reserved = reserved + :q4
 WHERE sku_id = :s4 AND on_hand - reserved >= :q4
   AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
RETURNING warehouse_id::int AS "warehouseId";
UPDATE stock_levels SET reserved = reserved + :q5
 WHERE sku_id = :s5 AND on_hand - reserved >= :q5
   AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
RETURNING warehouse_id::int AS "warehouseId";

-- order-lines.ts reserveLines → inventory/low-stock.ts notifyLowStock: levels that fell below their
-- threshold (none here: the bench's levels have none, so no inventory.low_stock event is written)
SELECT sl.sku_id::int AS "skuId", sl.warehouse_id::int AS "warehouseId", s.code AS "skuCode",
       p.name AS "productName", sl.on_hand - sl.reserved AS available, sl.low_stock_threshold AS threshold
  FROM unnest(ARRAY[:s1, :s2, :s3, :s4, :s5]::bigint[], ARRAY[:wh, :wh, :wh, :wh, :wh]::bigint[],
              ARRAY[-:q1::int, -:q2::int, -:q3::int, -:q4::int, -:q5::int]) AS c(sku_id, warehouse_id, delta)
  JOIN stock_levels sl ON sl.sku_id = c.sku_id AND sl.warehouse_id = c.warehouse_id
  JOIN skus s ON s.id = sl.sku_id
  JOIN products p ON p.id = s.product_id
 WHERE sl.low_stock_threshold IS NOT NULL
   AND sl.on_hand - sl.reserved < sl.low_stock_threshold
   AND sl.on_hand - sl.reserved - c.delta >= sl.low_stock_threshold
 ORDER BY sl.sku_id, sl.warehouse_id;

-- place-order.service.ts: the order with its address snapshot
INSERT INTO orders (customer_id, salesperson_id, payment_method, total_amount, address, remark, placed_by_id, placed_by_kind)
VALUES (:cust, NULL, 'credit', :total,
        '{"addressId":1,"contactName":"收货人 1","phone":"13800000001","province":"浙江省","city":"杭州市","district":"西湖区","address":"文三路 1 号"}'::jsonb,
        '', :uid, 'customer')
RETURNING id::int AS order_id, number \gset

-- order-lines.ts writeLines: lines, then allocations (unnest of one array per column)
INSERT INTO order_lines (order_id, line_no, sku_id, sku_code, product_name, sku_name, unit_id, unit_name, unit_factor,
                         quantity, base_quantity, unit_price, amount, price_rule)
SELECT :order_id, * FROM unnest('{1,2,3,4,5}'::int[], ARRAY[:s1, :s2, :s3, :s4, :s5]::bigint[],
  '{B01234-1,B02345-2,B03456-1,B04567-2,B05678-1}'::text[],
  '{可口可乐 原味汽水 1235号,百事 柠檬味果汁 2346号,农夫山泉 草莓味冰红茶 3457号,康师傅 桃子味绿茶 4568号,统一 无糖矿泉水 5679号}'::text[],
  '{330ml,500ml,1L,2L,250ml}'::text[], '{NULL,NULL,NULL,NULL,NULL}'::bigint[], '{瓶,瓶,瓶,瓶,瓶}'::text[],
  '{1,1,1,1,1}'::int[], ARRAY[:q1, :q2, :q3, :q4, :q5]::int[], ARRAY[:q1, :q2, :q3, :q4, :q5]::int[],
  '{150,150,150,150,150}'::bigint[], ARRAY[150 * :q1, 150 * :q2, 150 * :q3, 150 * :q4, 150 * :q5]::bigint[],
  '{level,base,customer,base,break}'::text[]);
INSERT INTO order_allocations (order_id, sku_id, warehouse_id, quantity, reserved)
SELECT :order_id, s, w, q, q FROM unnest(ARRAY[:s1, :s2, :s3, :s4, :s5]::bigint[], ARRAY[:wh, :wh, :wh, :wh, :wh]::bigint[],
  ARRAY[:q1, :q2, :q3, :q4, :q5]::int[]) AS t(s, w, q);

-- order-transition.ts recordEvent
INSERT INTO order_events (order_id, kind, from_status, to_status, actor_id, actor_name, actor_kind, note, details)
VALUES (:order_id, 'placed', NULL, 'pending_review', :uid, '采购 1', 'customer', '', NULL::jsonb);

-- lib/outbox.ts emit: order.placed and stock.changed, then the NOTIFY
INSERT INTO outbox_events (topic, customer_id, payload)
SELECT e.topic, e.customer_id, e.payload
  FROM jsonb_to_recordset(jsonb_build_array(
         jsonb_build_object('topic', 'order.placed', 'customer_id', :cust::bigint, 'payload',
           jsonb_build_object('orderId', :order_id::bigint, 'number', :number::text, 'totalAmount', :total::bigint,
                              'onBehalf', false)),
         jsonb_build_object('topic', 'stock.changed', 'customer_id', NULL, 'payload',
           jsonb_build_object('skuIds', jsonb_build_array(:s1::bigint, :s2::bigint, :s3::bigint, :s4::bigint, :s5::bigint)))))
    AS e(topic text, customer_id bigint, payload jsonb);
-- orders.query.ts getOrder (as one JSON value: the API stores the view it answers in the key row).
-- chr(58) is the colon: pgbench would take colon-MI in a literal for a variable; the constant folds at planning.
SELECT to_jsonb(v) AS order_json FROM (
SELECT o.id::int AS id, o.number, o.customer_id::int AS "customerId", c.name AS "customerName", o.status,
  o.payment_status AS "paymentStatus", o.payment_method AS "paymentMethod", o.total_amount::float8 AS "totalAmount",
  o.paid_amount::float8 AS "paidAmount",
  (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id) AS "lineCount",
  o.placed_by_kind AS "placedByKind", pb.name AS "placedByName",
  o.salesperson_id::int AS "salespersonId", sp.name AS "salespersonName", o.remark,
  to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"') AS "createdAt",
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"') AS "updatedAt",
  to_char(o.shipped_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"') AS "shippedAt",
  to_char(o.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"') AS "completedAt",
  o.address, o.cancel_reason AS "cancelReason",
  (SELECT coalesce(json_agg(json_build_object(
      'id', l.id, 'lineNo', l.line_no, 'skuId', l.sku_id, 'skuCode', l.sku_code, 'productName', l.product_name,
      'skuName', l.sku_name, 'unitId', l.unit_id, 'unitName', l.unit_name, 'unitFactor', l.unit_factor,
      'quantity', l.quantity, 'baseQuantity', l.base_quantity, 'unitPrice', l.unit_price, 'amount', l.amount,
      'priceRule', l.price_rule, 'shippedQuantity', l.shipped_quantity, 'baseUnit', s.unit) ORDER BY l.line_no), '[]')
     FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id) AS lines,
  (SELECT coalesce(json_agg(json_build_object(
      'id', s.id, 'carrier', s.carrier, 'trackingNumber', s.tracking_number, 'lines', s.lines,
      'createdByName', u.name,
      'createdAt', to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"')) ORDER BY s.id), '[]')
     FROM shipments s LEFT JOIN users u ON u.id = s.created_by_id WHERE s.order_id = o.id) AS shipments,
  (SELECT coalesce(json_agg(json_build_object(
      'id', e.id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'actorName', e.actor_name,
      'actorKind', e.actor_kind, 'note', e.note, 'details', e.details,
      'createdAt', to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.MS"Z"')) ORDER BY e.id), '[]')
     FROM order_events e WHERE e.order_id = o.id) AS events
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
  LEFT JOIN users pb ON pb.id = o.placed_by_id
  LEFT JOIN users sp ON sp.id = o.salesperson_id
 WHERE o.id = :order_id AND c.id = :cust) v \gset

-- lib/idempotency.ts: the result goes into the key row
UPDATE idempotency_keys SET status = 201, response = :order_json::jsonb
 WHERE user_id = :uid AND scope = 'POST /api/orders' AND key = 'pgb-' || :client_id::text || '-' || :key::text;

COMMIT;

-- lib/outbox.ts: one NOTIFY after the commit wakes the dispatchers (not inside: it would serialise commits)
SELECT pg_notify('dh_outbox', '');
