import { Drawer, Grid } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { PaymentFlow, type PayTarget } from './payment-flow.tsx';
import type { Payment } from './payment-types.ts';

export interface PaySheetRequest {
  title: ReactNode;
  payFor: PayTarget;
  /** Open it on a payment already started (a QR code not paid yet, a transfer without its voucher). */
  resume?: Payment;
}

/**
 * The pay flow in a sheet (from the bottom on a phone, from the side on a desktop), owned by the
 * page: paying makes the 去付款 button that opened it go away, and the sheet must stay to show the
 * result. Render `sheet` once in the page; `openSheet` opens it for what is to be paid.
 */
export function usePaySheet() {
  const screens = Grid.useBreakpoint();
  const [request, setRequest] = useState<PaySheetRequest & { key: number }>();
  const [open, setOpen] = useState(false);
  // Each opening starts a fresh flow, even when the last one's closing slide has not finished.
  const openSheet = useCallback((next: PaySheetRequest) => {
    setRequest((last) => ({ ...next, key: (last?.key ?? 0) + 1 }));
    setOpen(true);
  }, []);
  const sheet = request ? (
    <Drawer
      open={open}
      onClose={() => setOpen(false)}
      placement={screens.md ? 'right' : 'bottom'}
      size={screens.md ? 480 : '92%'}
      title={request.title}
      className="pay-sheet"
      destroyOnHidden
    >
      <PaymentFlow
        key={request.key}
        target={request.payFor}
        resume={request.resume}
        onFinished={() => setOpen(false)}
      />
    </Drawer>
  ) : null;
  return { openSheet, sheet };
}
