// Generates a large catalog straight into the database (not through the API, which the benches
// measure): by default 10,000 products / 30,000 SKUs, 1,000 customers with a buyer each, and the
// price rows that make resolution work (level prices, customer prices, quantity breaks). Optionally
// stock in the default warehouse (with the receipt movements the ledger needs), a credit limit and a
// default delivery address per customer: what placing orders needs (bench/orders).
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../packages/server/src/db/client.ts';
import {
  brands,
  categories,
  customerAddresses,
  customerLevels,
  customerPrices,
  customers,
  levelPrices,
  products,
  quantityBreaks,
  roles,
  skus,
  skuUnits,
  stockLevels,
  stockMovements,
  userRoles,
  users,
  warehouses,
} from '../../packages/server/src/db/schema/index.ts';
import { syncBuiltinRoles } from '../../packages/server/src/modules/auth/bootstrap.ts';
import { hashPassword } from '../../packages/server/src/modules/auth/password.ts';
import { productSearchText } from '../../packages/server/src/modules/catalog/search-text.ts';
import type { BenchTarget } from './harness.ts';

export interface CatalogOptions {
  products: number;
  skusPerProduct: number;
  customers: number;
  /** On hand of every SKU in the default warehouse (WH01), received by one `receipt` movement each. */
  stockPerSku?: number;
  /** Every customer's credit limit (fen); default 0 (the column's default). */
  creditLimit?: number;
  /** Give every customer a default delivery address. */
  addresses?: boolean;
}

export const catalogSize: CatalogOptions = { products: 10_000, skusPerProduct: 3, customers: 1_000 };
export const BUYER_PASSWORD = 'Bench-pass-1';

export interface GeneratedCatalog {
  /** The buyer usernames, one per customer, in customer order. */
  buyers: string[];
  customerIds: number[];
  skuIds: number[];
}

/** Opens the bench target's database as the server would (PGlite: `<dataDir>/pglite`). */
export function openBenchDatabase(target: BenchTarget) {
  return openDatabase(
    target.kind === 'postgresql'
      ? { kind: 'postgresql', url: target.databaseUrl! }
      : { kind: 'pglite', dataDir: `${target.dataDir}/pglite` },
  );
}

const brandNames = [
  '可口可乐',
  '百事',
  '农夫山泉',
  '康师傅',
  '统一',
  '娃哈哈',
  '元气森林',
  '伊利',
  '蒙牛',
  '乐事',
  '旺旺',
  '达利园',
  '三只松鼠',
  '洽洽',
  '青岛啤酒',
  '雪花',
  '东鹏',
  '红牛',
  '怡宝',
  '汇源',
];
const kinds = [
  '汽水',
  '果汁',
  '冰红茶',
  '绿茶',
  '矿泉水',
  '纯牛奶',
  '酸奶',
  '薯片',
  '饼干',
  '坚果',
  '啤酒',
  '方便面',
  '功能饮料',
  '苏打水',
  '咖啡',
];
const flavours = ['原味', '柠檬味', '草莓味', '桃子味', '无糖', '低脂', '香辣味', '海盐味', '蜂蜜味', '黑糖味'];
const sizes = ['250ml', '330ml', '500ml', '1L', '2L', '70g', '120g', '200g'];

const pick = <T>(list: T[], n: number) => list[n % list.length]!;

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Fills the bench database (migrating it first). */
export async function generateCatalog(
  target: BenchTarget,
  size: CatalogOptions = catalogSize,
): Promise<GeneratedCatalog> {
  const started = performance.now();
  const database = await openBenchDatabase(target);
  try {
    await database.migrate();
    const db = database.db;
    await syncBuiltinRoles(db);
    const levels = await db
      .insert(customerLevels)
      .values([
        { name: '普通客户', discountPercent: 100 },
        { name: '银牌客户', discountPercent: 95 },
        { name: '金牌客户', discountPercent: 90 },
      ])
      .returning({ id: customerLevels.id });
    const brandRows = await db
      .insert(brands)
      .values(brandNames.map((name) => ({ name })))
      .returning({ id: brands.id });
    const tops = await db
      .insert(categories)
      .values(['饮料', '乳品', '零食', '酒类', '方便食品'].map((name) => ({ name })))
      .returning({ id: categories.id });
    const cats = await db
      .insert(categories)
      .values(kinds.map((name, i) => ({ name, parentId: pick(tops, i).id })))
      .returning({ id: categories.id });

    const productInputs = Array.from({ length: size.products }, (_, i) => {
      const brand = pick(brandNames, i);
      const name = `${brand} ${pick(flavours, Math.floor(i / 20))}${pick(kinds, i)} ${i + 1}号`;
      const skuInputs = Array.from({ length: size.skusPerProduct }, (_, j) => ({
        code: `B${String(i + 1).padStart(5, '0')}-${j + 1}`,
        name: pick(sizes, i + j),
        barcode: `69${String(i * 10 + j).padStart(11, '0')}`,
      }));
      return { i, name, brand, skuInputs };
    });
    const productIds: number[] = [];
    await inBatches(productInputs, 1000, async (batch) => {
      const rows = await db
        .insert(products)
        .values(
          batch.map((p) => ({
            name: p.name,
            categoryId: pick(cats, p.i).id,
            brandId: brandRows[p.i % brandRows.length]!.id,
            unit: '箱',
            tags: p.i % 50 === 0 ? ['hot'] : [],
            sort: p.i,
            searchText: productSearchText({ name: p.name, brand: p.brand, skus: p.skuInputs }),
          })),
        )
        .returning({ id: products.id });
      productIds.push(...rows.map((r) => r.id));
    });
    const skuIds: number[] = [];
    await inBatches(productInputs, 1000, async (batch) => {
      const rows = await db
        .insert(skus)
        .values(
          batch.flatMap((p) =>
            p.skuInputs.map((s, j) => ({
              productId: productIds[p.i]!,
              code: s.code,
              name: s.name,
              specs: { 规格: s.name },
              barcode: s.barcode,
              unit: '瓶',
              price: 150 + ((p.i * 7 + j * 13) % 900),
              retailPrice: 300 + ((p.i * 7 + j * 13) % 900),
              minOrderQty: 6,
              orderStep: 6,
            })),
          ),
        )
        .returning({ id: skus.id });
      skuIds.push(...rows.map((r) => r.id));
    });
    await inBatches(
      skuIds.filter((_, n) => n % 3 === 0),
      2000,
      (batch) => db.insert(skuUnits).values(batch.map((skuId) => ({ skuId, name: '箱', factor: 24, isDefault: true }))),
    );

    const passwordHash = await hashPassword(BUYER_PASSWORD);
    const customerRows = await db
      .insert(customers)
      .values(
        Array.from({ length: size.customers }, (_, i) => ({
          code: `BC${String(i + 1).padStart(5, '0')}`,
          name: `压测客户 ${i + 1}`,
          levelId: pick(levels, i).id,
          ...(size.creditLimit === undefined ? {} : { creditLimit: size.creditLimit }),
        })),
      )
      .returning({ id: customers.id });
    if (size.addresses) {
      await inBatches(customerRows, 2000, (batch) =>
        db.insert(customerAddresses).values(
          batch.map((c, i) => ({
            customerId: c.id,
            contactName: `收货人 ${i + 1}`,
            phone: `1380000${String(i).padStart(4, '0')}`,
            province: '浙江省',
            city: '杭州市',
            district: '西湖区',
            address: `文三路 ${i + 1} 号`,
            isDefault: true,
          })),
        ),
      );
    }
    const [buyerRole] = await db.select({ id: roles.id }).from(roles).where(sql`${roles.code} = 'buyer'`);
    const buyerRows = await db
      .insert(users)
      .values(
        customerRows.map((c, i) => ({
          username: `bbuyer${i + 1}`,
          name: `采购 ${i + 1}`,
          kind: 'customer' as const,
          customerId: c.id,
          passwordHash,
        })),
      )
      .returning({ id: users.id, username: users.username });
    await db.insert(userRoles).values(buyerRows.map((u) => ({ userId: u.id, roleId: buyerRole!.id })));

    // Price rows: every customer has 10 own prices, every level 1,000 list prices, 3,000 SKUs have breaks.
    await inBatches(
      customerRows.flatMap((c, i) =>
        Array.from({ length: 10 }, (_, k) => ({
          customerId: c.id,
          skuId: skuIds[(i * 37 + k * 101) % skuIds.length]!,
          price: 120,
        })),
      ),
      2000,
      (batch) => db.insert(customerPrices).values(batch),
    );
    await inBatches(
      levels.flatMap((l, i) =>
        Array.from({ length: 1000 }, (_, k) => ({
          levelId: l.id,
          skuId: skuIds[(i * 1000 + k * 7) % skuIds.length]!,
          price: 140,
        })),
      ),
      2000,
      (batch) => db.insert(levelPrices).values(batch),
    );
    await inBatches(
      skuIds.slice(0, 3000).flatMap((skuId) => [
        { skuId, minQuantity: 24, price: 130 },
        { skuId, minQuantity: 120, price: 110 },
      ]),
      2000,
      (batch) => db.insert(quantityBreaks).values(batch),
    );
    const stock = size.stockPerSku;
    if (stock) {
      const [wh] = await db.select({ id: warehouses.id }).from(warehouses).where(sql`${warehouses.isDefault}`);
      if (!wh) throw new Error('no default warehouse (the migration seeds WH01)');
      await inBatches(skuIds, 2000, async (batch) => {
        await db.insert(stockLevels).values(batch.map((skuId) => ({ skuId, warehouseId: wh.id, onHand: stock })));
        await db.insert(stockMovements).values(
          batch.map((skuId) => ({
            skuId,
            warehouseId: wh.id,
            kind: 'receipt' as const,
            quantity: stock,
            reason: '压测入库 (bench)',
          })),
        );
      });
    }
    if (database.kind === 'postgresql') await db.execute(sql`ANALYZE`);
    console.log(
      `generated ${size.products} products, ${skuIds.length} SKUs, ${size.customers} customers` +
        `${stock ? `, ${stock} on hand per SKU` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { buyers: buyerRows.map((u) => u.username), customerIds: customerRows.map((c) => c.id), skuIds };
  } finally {
    await database.close();
  }
}
