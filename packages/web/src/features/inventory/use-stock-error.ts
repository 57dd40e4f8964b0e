import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { fieldErrorsToForm, hasFieldPath } from '../products/form-errors.ts';

/**
 * Shows an error of an inventory command: field errors go onto the (nested) form fields, e.g.
 * /body/lines/2/batchNo onto lines[2].batchNo; INSUFFICIENT_STOCK says which line and how much is
 * available; anything else as useApiError does.
 */
export function useStockError() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') {
        const d = error.details ?? {};
        const line = typeof d.line === 'number' ? t('inventory.lineNo', { n: d.line + 1 }) : '';
        message.error(
          typeof d.available === 'number'
            ? t('inventory.insufficient', { line, available: d.available, onHand: d.onHand, reserved: d.reserved })
            : t('inventory.insufficientBatch', { line, available: d.batchOnHand ?? 0 }),
        );
        return;
      }
      if (error instanceof ApiError && form && error.fieldErrors.length) {
        const values = form.getFieldsValue(true);
        const { fields, unmatched } = fieldErrorsToForm(error.fieldErrors, (path) => hasFieldPath(values, path));
        if (fields.length) {
          form.setFields(
            fields.map(({ name, errors }) => ({ name, errors: errors.map((e) => localizeServerMessage(e)) })),
          );
          if (!unmatched.length) return;
        }
      }
      showError(error, form);
    },
    [t, message, showError],
  );
}
