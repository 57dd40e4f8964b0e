import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
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
} from '../../db/schema/index.ts';
import { hashPassword } from '../auth/password.ts';
import { productSearchText } from '../catalog/search-text.ts';
import {
  demoCaseBreaks,
  demoCustomerCasePrices,
  demoLevelCasePrices,
  demoOpeningCases,
  demoProductTags,
  demoSkuShape,
  demoVisibility,
} from './demo-catalog.ts';
import {
  DEMO_SUPPLIER,
  type DemoBrand,
  demoBarcode,
  demoBrands,
  demoCategories,
  demoCustomers,
  demoCustomerUsers,
  demoLevels,
  demoProducts,
  demoStaff,
} from './demo-data.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  note: string;
}

export const DEFAULT_DEMO_PASSWORD = 'demo1234';

/** Maps a seeded `returning({ id })` array back onto its keys, in insertion order. */
function idMap<K>(keys: K[], rows: { id: number }[]): Map<K, number> {
  if (rows.length !== keys.length) throw new Error('demo seed: unexpected number of inserted rows');
  return new Map(keys.map((k, i) => [k, rows[i]!.id]));
}

const need = <K, V>(map: Map<K, V>, key: K, what: string): V => {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo seed: unknown ${what} ${key}`);
  return v;
};

/**
 * Loads the demo supplier (杭州鲜达食品饮料批发有限公司): customer levels, a category tree, brands,
 * ~60 products with SKUs, staff and customer users and a dozen customers, in one transaction.
 * Does nothing and returns [] when any customer already exists.
 */
export async function seedDemo(db: Db, password = DEFAULT_DEMO_PASSWORD): Promise<DemoAccount[]> {
  const [existing] = await db.select({ id: customers.id }).from(customers).limit(1);
  if (existing) return [];
  const passwordHash = await hashPassword(password);

  const created = await db.transaction(async (tx) => {
    // Re-check inside the transaction (two processes starting at once).
    const [again] = await tx.select({ id: customers.id }).from(customers).limit(1);
    if (again) return false;
    // Never clash with accounts someone already made by hand.
    const usernames = [...demoStaff, ...demoCustomerUsers].map((u) => u.username.toLowerCase());
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(inArray(sql`lower(${users.username})`, usernames))
      .limit(1);
    if (taken) return false;

    const roleRows = await tx.select({ id: roles.id, code: roles.code, name: roles.name }).from(roles);
    const roleIds = new Map(roleRows.map((r) => [r.code, r.id]));

    const levelRows = await tx
      .insert(customerLevels)
      .values(demoLevels.map((l, i) => ({ name: l.name, discountPercent: l.discountPercent, sort: i })))
      .onConflictDoNothing()
      .returning({ id: customerLevels.id, name: customerLevels.name });
    const brandRows = await tx
      .insert(brands)
      .values(Object.keys(demoBrands).map((name) => ({ name })))
      .onConflictDoNothing()
      .returning({ id: brands.id, name: brands.name });
    const topRows = await tx
      .insert(categories)
      .values(demoCategories.map((c, i) => ({ name: c.name, sort: i + 1 })))
      .returning({ id: categories.id });
    const staffRows = await tx
      .insert(users)
      .values(
        demoStaff.map((s) => ({
          username: s.username,
          name: s.name,
          kind: 'staff' as const,
          phone: s.phone,
          passwordHash,
        })),
      )
      .returning({ id: users.id });

    // Levels or brands with the same name may already exist (created by hand): reuse them.
    const levelIds = new Map(levelRows.map((r) => [r.name, r.id]));
    const brandIds = new Map(brandRows.map((r) => [r.name, r.id]));
    const missingLevels = demoLevels.map((l) => l.name).filter((n) => !levelIds.has(n));
    const missingBrands = Object.keys(demoBrands).filter((n) => !brandIds.has(n));
    if (missingLevels.length)
      for (const r of await tx
        .select({ id: customerLevels.id, name: customerLevels.name })
        .from(customerLevels)
        .where(inArray(customerLevels.name, missingLevels)))
        levelIds.set(r.name, r.id);
    if (missingBrands.length)
      for (const r of await tx
        .select({ id: brands.id, name: brands.name })
        .from(brands)
        .where(inArray(brands.name, missingBrands)))
        brandIds.set(r.name, r.id);

    const staffIds = idMap(
      demoStaff.map((s) => s.username),
      staffRows,
    );

    const topIds = idMap(
      demoCategories.map((c) => c.name),
      topRows,
    );
    const children = demoCategories.flatMap((c) =>
      c.children.map((name, i) => ({ name, parentId: need(topIds, c.name, 'category'), sort: i + 1 })),
    );

    const childRows = await tx.insert(categories).values(children).returning({ id: categories.id });
    const customerRows = await tx
      .insert(customers)
      .values(
        demoCustomers.map((c) => ({
          // Temporary; replaced below by C + the id, like customers created in the app.
          code: `demo-${c.key}`,
          name: c.name,
          levelId: need(levelIds, c.level, 'level'),
          salespersonId: c.salesperson ? need(staffIds, c.salesperson, 'staff user') : null,
          status: c.status,
          contactName: c.contactName,
          phone: c.phone,
          province: '浙江省',
          city: '杭州市',
          district: c.district,
          address: c.address,
          creditLimit: c.creditLimit,
          paymentTermDays: c.paymentTermDays,
          notes: c.notes,
          tags: c.tags,
        })),
      )
      .returning({ id: customers.id });
    const categoryIds = idMap(
      children.map((c) => c.name),
      childRows,
    );
    const customerIds = idMap(
      demoCustomers.map((c) => c.key),
      customerRows,
    );

    await tx
      .update(customers)
      .set({ code: sql`'C' || lpad(${customers.id}::text, 5, '0')` })
      .where(
        inArray(
          customers.id,
          customerRows.map((r) => r.id),
        ),
      );
    // Barcodes: an EAN-13 for each SKU's base unit and one for its case, numbered per brand.
    const itemNo = new Map<DemoBrand, number>();
    const nextBarcode = (brand: DemoBrand) => {
      const n = (itemNo.get(brand) ?? 10000) + 1;
      itemNo.set(brand, n);
      return demoBarcode(brand, n);
    };
    const productSkus = demoProducts.map((p) =>
      p.skus.map((s) => {
        const shape = demoSkuShape(s, p.unit);
        const barcode = nextBarcode(p.brand);
        return {
          code: s.code,
          name: s.name,
          barcode,
          shape,
          unitBarcodes: shape.caseUnit ? [nextBarcode(p.brand)] : [],
        };
      }),
    );
    const productRows = await tx
      .insert(products)
      .values(
        demoProducts.map((p, i) => ({
          name: p.name,
          categoryId: need(categoryIds, p.category, 'category'),
          brandId: need(brandIds, p.brand, 'brand'),
          unit: p.unit,
          status: p.status ?? 'on',
          description: `<p>${p.description}</p>`,
          specNames: [...new Set(p.skus.flatMap((s) => Object.keys(demoSkuShape(s, p.unit).specs)))],
          tags: demoProductTags[p.name] ?? [],
          visibleLevelIds: (demoVisibility[p.name] ?? []).map((name) => need(levelIds, name, 'level')),
          sort: i,
          searchText: productSearchText({ name: p.name, brand: p.brand, skus: productSkus[i] }),
        })),
      )
      .returning({ id: products.id });
    const customerUserRows = await tx
      .insert(users)
      .values(
        demoCustomerUsers.map((u) => ({
          username: u.username,
          name: u.name,
          kind: 'customer' as const,
          customerId: need(customerIds, u.customer, 'customer'),
          phone: u.phone,
          passwordHash,
        })),
      )
      .returning({ id: users.id });

    const skuRows = await tx
      .insert(skus)
      .values(
        demoProducts.flatMap((_p, i) =>
          productSkus[i]!.map((s, j) => ({
            productId: productRows[i]!.id,
            code: s.code,
            name: s.name,
            barcode: s.barcode,
            specs: s.shape.specs,
            unit: s.shape.unit,
            price: s.shape.price,
            retailPrice: s.shape.retailPrice,
            minOrderQty: s.shape.minOrderQty,
            orderStep: s.shape.orderStep,
            sort: j,
          })),
        ),
      )
      .returning({ id: skus.id, code: skus.code });
    const skuIds = new Map(skuRows.map((r) => [r.code, r.id]));
    const allSkus = productSkus.flat();
    const unitRows = await tx
      .insert(skuUnits)
      .values(
        allSkus.flatMap((s) =>
          s.shape.caseUnit
            ? [{ skuId: need(skuIds, s.code, 'sku'), ...s.shape.caseUnit, barcode: s.unitBarcodes[0], isDefault: true }]
            : [],
        ),
      )
      .returning({ id: skuUnits.id, skuId: skuUnits.skuId });
    const caseUnitOf = new Map(unitRows.map((r) => [r.skuId, r.id]));
    const caseRef = (code: string) => {
      const skuId = need(skuIds, code, 'sku');
      return { skuId, unitId: need(caseUnitOf, skuId, 'case unit') };
    };
    await tx.insert(levelPrices).values(
      demoLevelCasePrices.map((p) => ({
        ...caseRef(p.code),
        levelId: need(levelIds, p.level, 'level'),
        price: p.price,
      })),
    );
    await tx.insert(customerPrices).values(
      demoCustomerCasePrices.map((p) => ({
        ...caseRef(p.code),
        customerId: need(customerIds, p.customer, 'customer'),
        price: p.price,
        note: p.note,
      })),
    );
    await tx
      .insert(quantityBreaks)
      .values(demoCaseBreaks.flatMap((b) => b.tiers.map((t) => ({ ...caseRef(b.code), ...t }))));
    await tx.insert(customerAddresses).values([
      ...demoCustomers.map((c) => ({
        customerId: need(customerIds, c.key, 'customer'),
        label: '门店',
        contactName: c.contactName,
        phone: c.phone,
        province: '浙江省',
        city: '杭州市',
        district: c.district,
        address: c.address,
        isDefault: true,
      })),
      {
        customerId: need(customerIds, 'restaurant', 'customer'),
        label: '中央厨房',
        contactName: '刘建国',
        phone: '13706812245',
        province: '浙江省',
        city: '杭州市',
        district: '拱墅区',
        address: '祥园路 88 号 3 号楼',
        isDefault: false,
      },
    ]);
    // Opening stock in the default warehouse, received as one ledger entry per SKU: mostly a few
    // dozen cases, some low, one or two sold out, so the portal's stock labels all show.
    const [warehouse] = await tx.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.isDefault, true));
    if (warehouse) {
      const stock = allSkus.map((s, i) => ({
        skuId: need(skuIds, s.code, 'sku'),
        warehouseId: warehouse.id,
        onHand: demoOpeningCases[i % demoOpeningCases.length]! * (s.shape.caseUnit?.factor ?? 1),
      }));
      await tx.insert(stockLevels).values(stock);
      await tx.insert(stockMovements).values(
        stock
          .filter((l) => l.onHand > 0)
          .map((l) => ({
            skuId: l.skuId,
            warehouseId: l.warehouseId,
            kind: 'receipt' as const,
            quantity: l.onHand,
            reason: '期初入库',
          })),
      );
    }
    const role = (code: string) => need(roleIds, code, 'role');
    await tx
      .insert(userRoles)
      .values([
        ...demoStaff.map((s) => ({ userId: need(staffIds, s.username, 'staff user'), roleId: role(s.role) })),
        ...demoCustomerUsers.map((u, i) => ({ userId: customerUserRows[i]!.id, roleId: role(u.role) })),
      ]);
    return new Map(roleRows.map((r) => [r.code, r.name]));
  });
  if (!created) return [];

  const roleLabel = (code: string) => `${created.get(code) ?? code} (${code})`;
  const customerName = new Map(demoCustomers.map((c) => [c.key, c.name]));
  return [
    ...demoStaff.map((s) => ({
      username: s.username,
      password,
      role: roleLabel(s.role),
      note: `${s.name}，${s.note}`,
    })),
    ...demoCustomerUsers.map((u) => ({
      username: u.username,
      password,
      role: roleLabel(u.role),
      note: [customerName.get(u.customer), u.name, u.note].filter(Boolean).join('，'),
    })),
  ];
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
const width = (s: string) => {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
};
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function printDemoAccounts(accounts: DemoAccount[]) {
  if (accounts.length === 0) return;
  const passwords = [...new Set(accounts.map((a) => a.password))];
  const heading = ['用户名 Username', '角色 Role', '说明 Note'];
  const rows = accounts.map((a) => [a.username, a.role, a.note]);
  const widths = heading.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  const out = [
    `Demo data loaded: ${DEMO_SUPPLIER}`,
    passwords.length === 1
      ? `Demo accounts (password ${passwords[0]}):`
      : 'Demo accounts (passwords differ, see below):',
    line(heading),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  if (passwords.length > 1) out.push(...accounts.map((a) => `  ${a.username}: ${a.password}`));
  console.log(`\n${out.join('\n')}\n`);
}
