import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Input,
  Modal,
  Progress,
  Result,
  Select,
  Space,
  Spin,
  Statistic,
  Steps,
  Table,
  Upload,
} from 'antd';
import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import {
  canImportAll,
  canImportValid,
  errorColumns,
  filterRowErrors,
  type ImportJob,
  type ImportKind,
  type ImportMode,
  type ImportRowError,
  importPercent,
  importReducer,
  initialImportState,
} from './import-progress.ts';
import { uploadFile } from './upload-file.ts';
import '../products/catalog-console.css';

const pollInterval = 500;

/**
 * 导入: download the template, upload a sheet, read the validation report, run the import (all rows
 * or only the valid ones) and watch its progress. Serves products and customers alike (`kind`).
 */
export function ImportDialog({
  kind,
  open,
  onClose,
  onImported,
}: {
  kind: ImportKind;
  open: boolean;
  onClose: () => void;
  /** Called once when an import has finished, to refresh the lists it changed. */
  onImported?: () => void;
}) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const jobId = state.step === 'running' ? state.job.id : undefined;

  const poll = useQuery({
    queryKey: ['imports', jobId],
    queryFn: () => unwrap(api.GET('/api/imports/{id}', { params: { path: { id: jobId! } } })),
    enabled: jobId !== undefined,
    refetchInterval: pollInterval,
    gcTime: 0,
  });
  useEffect(() => {
    if (poll.data) dispatch({ type: 'progress', job: poll.data });
  }, [poll.data]);
  useEffect(() => {
    if (state.step === 'done') onImported?.();
  }, [state.step, onImported]);

  const run = useMutation({
    mutationFn: ({ job, mode }: { job: ImportJob; mode: ImportMode }) =>
      unwrap(api.POST('/api/imports/{id}/run', { params: { path: { id: job.id } }, body: { mode } })),
    onError: (error) => {
      dispatch({ type: 'runFailed', message: String(error) });
      showError(error);
    },
  });

  const upload = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      dispatch({ type: 'uploadFailed', message: t('imports.onlyXlsx') });
      return;
    }
    dispatch({ type: 'upload' });
    try {
      dispatch({ type: 'validated', job: await uploadFile<ImportJob>(`/api/imports/${kind}`, file) });
    } catch (error) {
      dispatch({
        type: 'uploadFailed',
        message: error instanceof Error ? localizeServerMessage(error.message) : t('common.unknownError'),
      });
    }
  };

  const start = (job: ImportJob, mode: ImportMode) => {
    dispatch({ type: 'run', mode });
    run.mutate({ job, mode });
  };

  const close = () => {
    // A running import carries on on the server; closing only stops watching it.
    dispatch({ type: 'reset' });
    onClose();
  };

  const current =
    state.step === 'pick' || state.step === 'uploading'
      ? 0
      : state.step === 'validated' || (state.step === 'failed' && !state.job)
        ? 1
        : 2;

  const footer = (() => {
    const again = (
      <Button key="again" onClick={() => dispatch({ type: 'reset' })} data-testid="import-again">
        {t('imports.again')}
      </Button>
    );
    if (state.step === 'validated') {
      const job = state.job;
      return [
        again,
        job.errorCount > 0 ? (
          <Button
            key="valid"
            disabled={!canImportValid(job)}
            onClick={() => start(job, 'valid')}
            data-testid="import-valid"
          >
            {t('imports.importValid')}
          </Button>
        ) : null,
        <Button
          key="all"
          type="primary"
          disabled={!canImportAll(job)}
          onClick={() => start(job, 'all')}
          data-testid="import-all"
        >
          {t('imports.importAll')}
        </Button>,
      ];
    }
    if (state.step === 'done' || state.step === 'failed') {
      return [
        again,
        <Button key="close" type="primary" onClick={close} data-testid="import-close">
          {t('imports.close')}
        </Button>,
      ];
    }
    return [
      <Button key="close" onClick={close}>
        {t('imports.close')}
      </Button>,
    ];
  })();

  return (
    <Modal
      title={t('imports.title', { kind: t(`imports.kinds.${kind}`) })}
      open={open}
      onCancel={close}
      footer={footer}
      width={800}
      mask={{ closable: false }}
      destroyOnHidden
      data-testid="import-dialog"
    >
      <Steps
        size="small"
        current={current}
        status={state.step === 'failed' ? 'error' : undefined}
        items={[
          { title: t('imports.steps.upload') },
          { title: t('imports.steps.check') },
          { title: t('imports.steps.run') },
        ]}
        style={{ marginBottom: 24 }}
      />
      {state.step === 'pick' || state.step === 'uploading' ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            title={t('imports.templateHint')}
            action={
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={`/api/imports/templates/${kind}.xlsx`}
                download
                data-testid="import-template"
              >
                {t('imports.downloadTemplate')}
              </Button>
            }
          />
          <Spin spinning={state.step === 'uploading'} description={t('imports.uploading')}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
              disabled={state.step === 'uploading'}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.dragHint')}</p>
            </Upload.Dragger>
          </Spin>
        </Space>
      ) : null}
      {state.step === 'validated' ? <ValidationReport job={state.job} /> : null}
      {state.step === 'running' ? (
        <div className="import-running" data-testid="import-progress">
          <Progress percent={importPercent(state)} status="active" />
          <div className="import-running-text">
            {t('imports.running')}{' '}
            {t('imports.processed', { processed: state.job.processedRows, total: state.job.totalRows })}
          </div>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <Result
          status="success"
          title={t('imports.done')}
          subTitle={t('imports.processed', { processed: state.job.processedRows, total: state.job.totalRows })}
          extra={<ImportSummary result={state.job.result} />}
          data-testid="import-done"
        />
      ) : null}
      {state.step === 'failed' ? (
        <>
          <Result
            status="error"
            title={t('imports.failed')}
            subTitle={state.message ?? t('imports.failedHint')}
            data-testid="import-failed"
          />
          {state.job && state.job.errors.length > 0 ? <ErrorTable errors={state.job.errors} /> : null}
        </>
      ) : null}
    </Modal>
  );
}

function ValidationReport({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const hasErrors = job.errorCount > 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="import-report">
      <div className="import-figures">
        <Statistic title={t('imports.totalRows')} value={job.totalRows} />
        <Statistic title={t('imports.validRows')} value={job.validRows} styles={{ content: { color: '#389e0d' } }} />
        <Statistic
          title={t('imports.errorCount')}
          value={job.errorCount}
          styles={{ content: { color: hasErrors ? '#cf1322' : undefined } }}
        />
      </div>
      <Alert
        type={hasErrors ? 'warning' : 'success'}
        showIcon
        title={
          hasErrors
            ? t('imports.hasErrors', { count: job.errorCount, valid: job.validRows })
            : t('imports.allValid', { count: job.totalRows })
        }
      />
      {hasErrors ? <ErrorTable errors={job.errors} /> : null}
    </Space>
  );
}

function ErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  const [column, setColumn] = useState<string>();
  const [text, setText] = useState('');
  const rows = filterRowErrors(errors, column, text);
  return (
    <div data-testid="import-errors">
      <div className="table-toolbar" style={{ marginBottom: 8 }}>
        <Select
          allowClear
          placeholder={t('imports.filterColumn')}
          style={{ width: 180 }}
          value={column}
          onChange={setColumn}
          options={errorColumns(errors).map((name) => ({ value: name, label: name }))}
          data-testid="import-errors-column"
        />
        <Input
          allowClear
          placeholder={t('imports.filterText')}
          style={{ width: 220 }}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="import-errors-search"
        />
      </div>
      <Table<ImportRowError>
        size="small"
        rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
        dataSource={rows}
        pagination={{ pageSize: 8, showSizeChanger: false, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('imports.row'), dataIndex: 'row', width: 80 },
          { title: t('imports.column'), dataIndex: 'column', width: 160 },
          {
            title: t('imports.message'),
            dataIndex: 'message',
            render: (message: string) => localizeServerMessage(message),
          },
        ]}
      />
    </div>
  );
}

function ImportSummary({ result }: { result?: Record<string, number> | null }) {
  const { t } = useTranslation();
  const entries = Object.entries(result ?? {});
  if (entries.length === 0) return null;
  return (
    <div className="import-figures import-summary">
      {entries.map(([key, value]) => (
        <Statistic key={key} title={t(`imports.result.${key}`, { defaultValue: key })} value={value} />
      ))}
    </div>
  );
}
