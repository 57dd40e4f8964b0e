import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  AutoComplete,
  Button,
  DatePicker,
  Form,
  Modal,
  Select,
  Space,
  Spin,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { dayjs } from '../../lib/dates.ts';
import {
  cleanMapping,
  fieldsByHeader,
  type MappingField,
  mappingFields,
  type RunFormField,
  splitRunErrors,
} from './reconciliation.ts';
import {
  type ColumnMapping,
  createRun,
  previewStatement,
  type ReconciliationKind,
  type ReconciliationRun,
  reconciliationKey,
  type StatementPreview,
  useSources,
} from './reconciliation-api.ts';

interface Values {
  source?: string;
  kind?: ReconciliationKind;
  mapping: Partial<Record<MappingField, string>>;
  period?: [Dayjs, Dayjs] | null;
}

const kinds: ReconciliationKind[] = ['alipay', 'wechat', 'bank'];
const hinted: MappingField[] = ['amount', 'creditAmount', 'orderRef'];

/**
 * 新建对账: name (or pick) the source, upload the file, check the proposed column mapping against a
 * preview of the rows, and run; the mapping is remembered for the source by the server.
 */
export function NewRunModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (run: ReconciliationRun) => void;
}) {
  const { t } = useTranslation();
  const showError = useApiError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<StatementPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [running, setRunning] = useState(false);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const sources = useSources(open);
  const mapping = Form.useWatch('mapping', form) ?? {};

  const reset = () => {
    form.resetFields();
    setFile(null);
    setPreview(null);
    setFileErrors([]);
  };
  const close = () => {
    reset();
    onClose();
  };

  /** Reads the file on the server: kind, mapping (remembered or proposed) and the first rows. */
  const read = async (next: File, fields: { source?: string; kind?: ReconciliationKind }) => {
    setReading(true);
    setFileErrors([]);
    try {
      const result = await previewStatement(next, fields);
      setFile(next);
      setPreview(result);
      form.setFieldsValue({
        kind: result.kind,
        source: fields.source?.trim() || result.source || undefined,
        mapping: Object.fromEntries(mappingFields.map((f) => [f, result.mapping[f] || undefined])),
        period: result.period ? [dayjs(result.period.from), dayjs(result.period.to)] : null,
      });
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) {
        setFileErrors(error.fieldErrors.map((f) => localizeServerMessage(f.message)));
      } else showError(error);
    } finally {
      setReading(false);
    }
  };

  const run = async (values: Values) => {
    if (!file) return;
    setRunning(true);
    setFileErrors([]);
    try {
      const created = await createRun(file, {
        source: values.source?.trim() ?? '',
        kind: values.kind ?? 'bank',
        mapping: cleanMapping(values.mapping) as ColumnMapping,
        periodFrom: values.period?.[0]?.format('YYYY-MM-DD'),
        periodTo: values.period?.[1]?.format('YYYY-MM-DD'),
      });
      void client.invalidateQueries({ queryKey: reconciliationKey });
      reset();
      onDone(created);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) {
        const split = splitRunErrors(error.fieldErrors);
        const local = (messages: string[]) => messages.map((m) => localizeServerMessage(m));
        form.setFields([
          ...Object.entries(split.mapping).map(([field, errors]) => ({
            name: ['mapping', field as MappingField] as ['mapping', MappingField],
            errors: local(errors),
          })),
          ...Object.entries(split.fields).map(([field, errors]) => ({
            name: field as RunFormField,
            errors: local(errors),
          })),
        ]);
        setFileErrors(local(split.general));
      } else showError(error);
    } finally {
      setRunning(false);
    }
  };

  const headerOptions = (preview?.headers ?? []).filter(Boolean).map((h) => ({ value: h, label: h }));
  const tagged = fieldsByHeader(mapping);
  const previewColumns = (preview?.headers ?? []).map((header, index) => ({
    key: String(index),
    dataIndex: String(index),
    title: (
      <div className="reconciliation-preview-header">
        <span>{header}</span>
        {(tagged.get(header) ?? []).map((field) => (
          <Tag key={field} color="blue">
            {t(`reconciliation.fields.${field}`)}
          </Tag>
        ))}
      </div>
    ),
    ellipsis: true,
    width: 140,
  }));
  const previewRows = (preview?.rows ?? []).map((row, i) => ({
    key: i,
    ...Object.fromEntries(row.map((cell, j) => [String(j), cell])),
  }));

  return (
    <Modal
      title={t('reconciliation.newRun')}
      open={open}
      onCancel={close}
      width={1100}
      destroyOnHidden
      footer={
        preview
          ? [
              <Button key="again" onClick={reset} data-testid="reconciliation-change-file">
                {t('reconciliation.changeFile')}
              </Button>,
              <Button
                key="run"
                type="primary"
                loading={running}
                onClick={() => form.submit()}
                data-testid="reconciliation-run"
              >
                {t('reconciliation.run')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
            ]
      }
    >
      <Steps
        size="small"
        current={preview ? 1 : 0}
        items={[{ title: t('reconciliation.steps.upload') }, { title: t('reconciliation.steps.mapping') }]}
        style={{ marginBottom: 16 }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void run(values)}
        initialValues={{ mapping: {} }}
        preserve
        data-testid="reconciliation-form"
      >
        <Space align="start" size={16} wrap>
          <Form.Item
            name="source"
            label={t('reconciliation.source')}
            extra={t('reconciliation.sourceHint')}
            rules={
              preview
                ? [{ required: true, whitespace: true, max: 60, message: t('reconciliation.sourceRequired') }]
                : []
            }
            style={{ width: 320 }}
          >
            <AutoComplete
              options={(sources.data ?? []).map((s) => ({
                value: s.name,
                label: (
                  <span>
                    {s.name} <Tag>{t(`reconciliation.kinds.${s.kind}`)}</Tag>
                  </span>
                ),
              }))}
              placeholder={t('reconciliation.sourcePlaceholder')}
              onSelect={(name: string) => {
                const kind = sources.data?.find((s) => s.name === name)?.kind;
                if (file) void read(file, { source: name, kind });
                else if (kind) form.setFieldValue('kind', kind);
              }}
              data-testid="reconciliation-source"
            />
          </Form.Item>
          <Form.Item name="kind" label={t('reconciliation.kind')} style={{ width: 180 }}>
            <Select
              allowClear={!preview}
              options={kinds.map((k) => ({ value: k, label: t(`reconciliation.kinds.${k}`) }))}
              onChange={(kind: ReconciliationKind | undefined) => {
                if (file && kind) void read(file, { source: form.getFieldValue('source'), kind });
              }}
              data-testid="reconciliation-kind"
            />
          </Form.Item>
          {preview ? (
            <Form.Item name="period" label={t('reconciliation.period')} extra={t('reconciliation.periodHint')}>
              <DatePicker.RangePicker data-testid="reconciliation-period" />
            </Form.Item>
          ) : null}
        </Space>

        {fileErrors.length ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('reconciliation.fileErrors')}
            description={
              <ul className="reconciliation-errors">
                {fileErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            }
            data-testid="reconciliation-file-errors"
          />
        ) : null}

        {preview ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={
                <Space wrap>
                  <span>
                    {t('reconciliation.recognized', {
                      kind: t(`reconciliation.kinds.${preview.kind}`),
                      count: preview.rowCount,
                    })}
                  </span>
                  {preview.source && preview.sources.some((s) => s.name === preview.source) ? (
                    <Typography.Text type="secondary">
                      {t('reconciliation.usingSource', { name: preview.source })}
                    </Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary">{file?.name}</Typography.Text>
                </Space>
              }
              data-testid="reconciliation-recognized"
            />
            <div className="reconciliation-mapping">
              {mappingFields.map((field) => (
                <Form.Item
                  key={field}
                  name={['mapping', field]}
                  label={t(`reconciliation.fields.${field}`)}
                  tooltip={hinted.includes(field) ? t(`reconciliation.fieldHints.${field as 'amount'}`) : undefined}
                  rules={field === 'date' ? [{ required: true, message: t('reconciliation.chooseColumn') }] : []}
                >
                  <Select
                    allowClear
                    showSearch
                    placeholder={t('reconciliation.chooseColumn')}
                    options={headerOptions}
                    data-testid={`reconciliation-mapping-${field}`}
                  />
                </Form.Item>
              ))}
            </div>
            <Typography.Title level={5}>{t('reconciliation.preview')}</Typography.Title>
            <Table
              size="small"
              columns={previewColumns}
              dataSource={previewRows}
              pagination={false}
              scroll={{ x: 'max-content', y: 320 }}
              data-testid="reconciliation-preview"
            />
          </>
        ) : (
          <Spin spinning={reading} description={t('reconciliation.reading')}>
            <Upload.Dragger
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              beforeUpload={(next) => {
                void read(next, { source: form.getFieldValue('source'), kind: form.getFieldValue('kind') });
                return false;
              }}
              disabled={reading}
              data-testid="reconciliation-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('reconciliation.dragHint')}</p>
              <p className="ant-upload-hint">{t('reconciliation.formats')}</p>
            </Upload.Dragger>
          </Spin>
        )}
      </Form>
    </Modal>
  );
}
