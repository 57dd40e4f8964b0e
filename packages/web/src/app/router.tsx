import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { NotFound } from '../components/not-found.tsx';
import { HomeRedirect, RequireUser } from './guards.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Every page is its own chunk, so a phone opening the portal never downloads the console. The
 * route's loader starts fetching the chunk at navigation time, in parallel with /api/auth/me,
 * instead of after the guard and the layout have rendered.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Component = lazy(() => load().then((module) => ({ default: pick(module) })));
  return {
    element: <Component />,
    loader: () => {
      void load();
      return null;
    },
  };
}

const login = lazyPage(
  () => import('../features/auth/login-page.tsx'),
  (m) => m.LoginPage,
);
const staffLayout = lazyPage(
  () => import('./layouts/staff-layout.tsx'),
  (m) => m.StaffLayout,
);
const portalLayout = lazyPage(
  () => import('./layouts/portal-layout.tsx'),
  (m) => m.PortalLayout,
);
const workbench = lazyPage(
  () => import('../features/workbench/workbench-page.tsx'),
  (m) => m.WorkbenchPage,
);
const users = lazyPage(
  () => import('../features/users/users-page.tsx'),
  (m) => m.UsersPage,
);
const roles = lazyPage(
  () => import('../features/roles/roles-page.tsx'),
  (m) => m.RolesPage,
);
const audit = lazyPage(
  () => import('../features/audit/audit-page.tsx'),
  (m) => m.AuditPage,
);
const customers = lazyPage(
  () => import('../features/customers/customers-page.tsx'),
  (m) => m.CustomersPage,
);
const customerDetail = lazyPage(
  () => import('../features/customers/customer-detail-page.tsx'),
  (m) => m.CustomerDetailPage,
);
const register = lazyPage(
  () => import('../features/auth/register-page.tsx'),
  (m) => m.RegisterPage,
);
const portalProducts = lazyPage(
  () => import('../features/portal/portal-products.tsx'),
  (m) => m.PortalProducts,
);
const portalProduct = lazyPage(
  () => import('../features/portal/portal-product-detail.tsx'),
  (m) => m.PortalProductDetail,
);
const portalAddresses = lazyPage(
  () => import('../features/portal/portal-addresses.tsx'),
  (m) => m.PortalAddresses,
);
const products = lazyPage(
  () => import('../features/products/products-page.tsx'),
  (m) => m.ProductsPage,
);
const productEditor = lazyPage(
  () => import('../features/products/product-editor-page.tsx'),
  (m) => m.ProductEditorPage,
);
const categories = lazyPage(
  () => import('../features/categories/categories-page.tsx'),
  (m) => m.CategoriesPage,
);
const pricing = lazyPage(
  () => import('../features/pricing/pricing-page.tsx'),
  (m) => m.PricingPage,
);
const portalHome = lazyPage(
  () => import('../features/portal/portal-home.tsx'),
  (m) => m.PortalHome,
);
const portalCategories = lazyPage(
  () => import('../features/portal/portal-categories.tsx'),
  (m) => m.PortalCategories,
);
const orders = lazyPage(
  () => import('../features/orders/orders-page.tsx'),
  (m) => m.OrdersPage,
);
const orderDetail = lazyPage(
  () => import('../features/orders/order-detail-page.tsx'),
  (m) => m.OrderDetailPage,
);
const orderCreate = lazyPage(
  () => import('../features/orders/order-create-page.tsx'),
  (m) => m.OrderCreatePage,
);
const orderSettings = lazyPage(
  () => import('../features/orders/order-settings-page.tsx'),
  (m) => m.OrderSettingsPage,
);
const returns = lazyPage(
  () => import('../features/orders/returns-page.tsx'),
  (m) => m.ReturnsPage,
);
const portalMe = lazyPage(
  () => import('../features/portal/portal-me.tsx'),
  (m) => m.PortalMe,
);
const portalCart = lazyPage(
  () => import('../features/cart/cart-page.tsx'),
  (m) => m.CartPage,
);
const portalCheckout = lazyPage(
  () => import('../features/cart/checkout-page.tsx'),
  (m) => m.CheckoutPage,
);
const portalOrders = lazyPage(
  () => import('../features/portal-orders/my-orders-page.tsx'),
  (m) => m.MyOrdersPage,
);
const portalOrderEdit = lazyPage(
  () => import('../features/portal-orders/order-edit-page.tsx'),
  (m) => m.OrderEditPage,
);
const portalReturns = lazyPage(
  () => import('../features/portal-orders/my-returns-page.tsx'),
  (m) => m.MyReturnsPage,
);
const portalOrder = lazyPage(
  () => import('../features/portal-orders/order-detail-page.tsx'),
  (m) => m.OrderDetailPage,
);
const portalBills = lazyPage(
  () => import('../features/portal-payments/bills-page.tsx'),
  (m) => m.BillsPage,
);
const portalAccount = lazyPage(
  () => import('../features/portal-payments/account-page.tsx'),
  (m) => m.AccountPage,
);
const portalQuickOrder = lazyPage(
  () => import('../features/cart/quick-order-page.tsx'),
  (m) => m.QuickOrderPage,
);

const inventoryLevels = lazyPage(
  () => import('../features/inventory/levels-page.tsx'),
  (m) => m.LevelsPage,
);
const inventoryMovements = lazyPage(
  () => import('../features/inventory/movements-page.tsx'),
  (m) => m.MovementsPage,
);
const inventoryReceipts = lazyPage(
  () => import('../features/inventory/receipt-page.tsx'),
  (m) => m.ReceiptPage,
);
const inventoryTransfers = lazyPage(
  () => import('../features/inventory/transfer-page.tsx'),
  (m) => m.TransferPage,
);
const inventoryStocktakes = lazyPage(
  () => import('../features/inventory/stocktakes-page.tsx'),
  (m) => m.StocktakesPage,
);
const inventoryStocktake = lazyPage(
  () => import('../features/inventory/stocktake-detail-page.tsx'),
  (m) => m.StocktakeDetailPage,
);
const inventoryBatches = lazyPage(
  () => import('../features/inventory/batches-page.tsx'),
  (m) => m.BatchesPage,
);
const warehouses = lazyPage(
  () => import('../features/inventory/warehouses-page.tsx'),
  (m) => m.WarehousesPage,
);

const financeWorkbench = lazyPage(
  () => import('../features/finance/finance-workbench-page.tsx'),
  (m) => m.FinanceWorkbenchPage,
);
const payments = lazyPage(
  () => import('../features/finance/payments-page.tsx'),
  (m) => m.PaymentsPage,
);
const receivables = lazyPage(
  () => import('../features/finance/receivables-page.tsx'),
  (m) => m.ReceivablesPage,
);
const refunds = lazyPage(
  () => import('../features/finance/refunds-page.tsx'),
  (m) => m.RefundsPage,
);
const paymentSettings = lazyPage(
  () => import('../features/finance/payment-settings-page.tsx'),
  (m) => m.PaymentSettingsPage,
);
const customerAccount = lazyPage(
  () => import('../features/finance/customer-account-page.tsx'),
  (m) => m.CustomerAccountPage,
);

const statementsOverview = lazyPage(
  () => import('../features/statements/statements-overview-page.tsx'),
  (m) => m.StatementsOverviewPage,
);
const customerStatements = lazyPage(
  () => import('../features/statements/customer-statements-page.tsx'),
  (m) => m.CustomerStatementsPage,
);
const statement = lazyPage(
  () => import('../features/statements/statement-page.tsx'),
  (m) => m.StatementPage,
);
const portalStatements = lazyPage(
  () => import('../features/statements/portal-statements-page.tsx'),
  (m) => m.PortalStatementsPage,
);
const portalStatement = lazyPage(
  () => import('../features/statements/portal-statement-page.tsx'),
  (m) => m.PortalStatementPage,
);

const reconciliationRuns = lazyPage(
  () => import('../features/reconciliation/reconciliation-runs-page.tsx'),
  (m) => m.ReconciliationRunsPage,
);
const reconciliationRun = lazyPage(
  () => import('../features/reconciliation/reconciliation-run-page.tsx'),
  (m) => m.ReconciliationRunPage,
);

const suspended = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    hydrateFallbackElement: <FullPageSpin />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/login', loader: login.loader, element: suspended(login.element) },
      { path: '/register', loader: register.loader, element: suspended(register.element) },
      {
        path: '/admin',
        loader: staffLayout.loader,
        element: <RequireUser kind="staff">{suspended(staffLayout.element)}</RequireUser>,
        children: [
          { index: true, ...workbench },
          { path: 'orders', ...orders },
          { path: 'orders/new', ...orderCreate },
          { path: 'orders/settings', ...orderSettings },
          { path: 'orders/:id', ...orderDetail },
          { path: 'returns', ...returns },
          { path: 'products', ...products },
          { path: 'products/new', ...productEditor },
          { path: 'products/:id', ...productEditor },
          { path: 'categories', ...categories },
          { path: 'pricing', ...pricing },
          { path: 'inventory', ...inventoryLevels },
          { path: 'inventory/movements', ...inventoryMovements },
          { path: 'inventory/receipts', ...inventoryReceipts },
          { path: 'inventory/transfers', ...inventoryTransfers },
          { path: 'inventory/stocktakes', ...inventoryStocktakes },
          { path: 'inventory/stocktakes/:id', ...inventoryStocktake },
          { path: 'inventory/batches', ...inventoryBatches },
          { path: 'inventory/warehouses', ...warehouses },
          { path: 'customers', ...customers },
          { path: 'customers/:id', ...customerDetail },
          { path: 'customers/:id/account', ...customerAccount },
          { path: 'finance', ...financeWorkbench },
          { path: 'finance/settings', ...paymentSettings },
          { path: 'payments', ...payments },
          { path: 'receivables', ...receivables },
          { path: 'refunds', ...refunds },
          { path: 'statements', ...statementsOverview },
          { path: 'customers/:id/statements', ...customerStatements },
          { path: 'customers/:id/statements/:month', ...statement },
          { path: 'users', ...users },
          { path: 'roles', ...roles },
          { path: 'audit', ...audit },
          { path: 'reconciliation', ...reconciliationRuns },
          { path: 'reconciliation/:id', ...reconciliationRun },
          { path: '*', element: <NotFound home="/admin" /> },
        ],
      },
      {
        path: '/portal',
        loader: portalLayout.loader,
        element: <RequireUser kind="customer">{suspended(portalLayout.element)}</RequireUser>,
        children: [
          { index: true, ...portalHome },
          { path: 'categories', ...portalCategories },
          { path: 'products', ...portalProducts },
          { path: 'products/:id', ...portalProduct },
          { path: 'me', ...portalMe },
          { path: 'me/addresses', ...portalAddresses },
          { path: 'cart', ...portalCart },
          { path: 'checkout', ...portalCheckout },
          { path: 'orders', ...portalOrders },
          { path: 'orders/:id', ...portalOrder },
          { path: 'orders/:id/edit', ...portalOrderEdit },
          { path: 'returns', ...portalReturns },
          { path: 'statements', ...portalStatements },
          { path: 'statements/:month', ...portalStatement },
          { path: 'quick-order', ...portalQuickOrder },
          { path: 'bills', ...portalBills },
          { path: 'account', ...portalAccount },
          { path: '*', element: <NotFound home="/portal" /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
