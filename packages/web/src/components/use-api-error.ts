import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { localizeServerMessage } from '../i18n/index.ts';

/** "/body/roleIds/0" → "roleIds": the form field a server validation path points at. */
export function fieldNameOf(path: string): string | undefined {
  const [, location, name] = path.split('/');
  return location === 'body' && name ? name : undefined;
}

/**
 * Returns a handler that shows an API error: field errors go onto the matching form fields,
 * everything else becomes a toast with the server's message in the UI language.
 * `rename` maps API field names onto form field names where they differ.
 */
export function useApiError() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance, rename: Record<string, string> = {}) => {
      if (!(error instanceof ApiError)) {
        message.error(t('common.unknownError'));
        return;
      }
      if (error.status === 0) {
        message.error(t('common.networkError'));
        return;
      }
      if (form && error.fieldErrors.length > 0) {
        const known = new Set(Object.keys(form.getFieldsValue(true)));
        const byField = new Map<string, string[]>();
        for (const field of error.fieldErrors) {
          const apiName = fieldNameOf(field.path);
          const name = apiName ? (rename[apiName] ?? apiName) : undefined;
          if (!name || !known.has(name)) continue;
          byField.set(name, [...(byField.get(name) ?? []), localizeServerMessage(field.message)]);
        }
        if (byField.size > 0) {
          form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
          if (byField.size === error.fieldErrors.length) return;
        }
      }
      if (error.status === 403) {
        message.error(t('common.forbidden'));
        return;
      }
      message.error(localizeServerMessage(error.message));
    },
    [message, t],
  );
}
