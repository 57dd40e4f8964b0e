import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** Money as the payments API returns it to a buyer (its own company only). */
export type PaymentOptions = Json<'/api/payment-options', 'get', 200>;
export type PayMethod = PaymentOptions['methods'][number];
export type BankAccount = NonNullable<PaymentOptions['bankAccount']>;
export type Payment = Json<'/api/payments/{id}', 'get', 200>;
export type PaymentState = Payment['status'];
export type Bill = Json<'/api/orders/{id}/bill', 'get', 200>;
export type BillRefund = Bill['refunds'][number];
export type BillList = Json<'/api/bills', 'get', 200>;
export type BillSummary = BillList['items'][number];
export type PaymentStatus = BillSummary['paymentStatus'];
export type Wallet = Json<'/api/customers/{id}/wallet', 'get', 200>;
export type AccountEntry = Wallet['entries'][number];
export type Credit = Json<'/api/customers/{id}/credit', 'get', 200>;
export type Receivable = Credit['receivables'][number];
export type PayOrderBody = NonNullable<
  paths['/api/orders/{id}/payments']['post']['requestBody']
>['content']['application/json'];
export type AccountMoneyBody = NonNullable<
  paths['/api/customers/{id}/wallet/top-ups']['post']['requestBody']
>['content']['application/json'];
/** What a payment is for: an order, a wallet top-up (充值) or a credit repayment (还款). */
export type PayPurpose = Payment['purpose'];
export type AccountMethod = NonNullable<AccountMoneyBody['method']>;
