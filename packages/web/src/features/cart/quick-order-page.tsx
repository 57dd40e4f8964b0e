import { CloseOutlined, FileExcelOutlined, ReloadOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Empty, Input, InputNumber, Radio, Skeleton, Tag, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatMoney } from '../../lib/money.ts';
import { uploadFile } from '../imports/upload-file.ts';
import { exceedsStock, shortStockHint, stockStatusOf } from './cart-problems.ts';
import type { FrequentItem } from './cart-types.ts';
import { MayOrder } from './may-order.tsx';
import './ordering.css';
import {
  cartItemsOf,
  choose,
  chosenOf,
  linesFromParse,
  type QuickLine,
  removeLine,
  replaceLine,
  setQuantity,
} from './quick-order-lines.ts';
import { useAddToCart } from './use-cart.ts';

const parse = (text: string) => unwrap(api.POST('/api/orders/quick-parse', { body: { text } }));
type ParseResult = Awaited<ReturnType<typeof parse>>;
/** 从 Excel 导入: the sheet's rows become lines exactly as pasted text does. */
const parseSheet = (file: File) => uploadFile<ParseResult>('/api/orders/quick-parse/excel', file);

/**
 * 快速下单: a pasted chat message becomes lines matched to products with this customer's prices;
 * the buyer picks among candidates, fixes what was not found, edits quantities and adds all at once.
 * Below, the 常购清单 with one-tap add.
 */
export function QuickOrderPage() {
  return (
    <MayOrder>
      <QuickOrderView />
    </MayOrder>
  );
}

function QuickOrderView() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiError();
  const [text, setText] = useState('');
  const [lines, setLines] = useState<QuickLine[]>();
  const parses = useRef(0);
  const recognise = useMutation({
    mutationFn: parse,
    onSuccess: (result) => setLines(linesFromParse(result.items, `p${++parses.current}-`)),
    onError: (error) => showError(error),
  });
  const fromSheet = useMutation({
    mutationFn: parseSheet,
    onSuccess: (result) => setLines(linesFromParse(result.items, `p${++parses.current}-`)),
    onError: (error) => showError(error),
  });
  const add = useAddToCart();
  const items = lines ? cartItemsOf(lines) : [];

  const addAll = () =>
    add.mutate(items, {
      onSuccess: () => {
        message.success(t('quickOrder.added', { count: items.length }));
        navigate('/portal/cart');
      },
      onError: (error) => showError(error),
    });

  return (
    <div className="ordering-narrow" data-testid="quick-order">
      <h1 className="portal-page-title">{t('quickOrder.title')}</h1>
      <section className="ordering-card">
        <div className="muted quick-hint">{t('quickOrder.hint')}</div>
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={5000}
          placeholder={t('quickOrder.placeholder')}
          data-testid="quick-text"
        />
        <div className="quick-buttons">
          <Button
            onClick={() => {
              setText('');
              setLines(undefined);
            }}
            disabled={!text && !lines}
          >
            {t('quickOrder.clear')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              fromSheet.mutate(file);
              return false;
            }}
          >
            <Button icon={<FileExcelOutlined />} loading={fromSheet.isPending} data-testid="quick-excel">
              {t('quickOrder.fromExcel')}
            </Button>
          </Upload>
          <Button type="link" href="/api/orders/quick-parse/template.xlsx" data-testid="quick-excel-template">
            {t('quickOrder.excelTemplate')}
          </Button>
          <Button
            type="primary"
            loading={recognise.isPending}
            disabled={!text.trim()}
            onClick={() => recognise.mutate(text.trim())}
            data-testid="quick-parse"
          >
            {t('quickOrder.parse')}
          </Button>
        </div>
      </section>

      {lines ? (
        <section className="ordering-card" data-testid="quick-results">
          <div className="ordering-card-title">
            <span>{t('quickOrder.results')}</span>
            <span className="muted">{t('cart.itemCount', { count: lines.length })}</span>
          </div>
          {lines.length === 0 ? <div className="muted">{t('quickOrder.nothingToAdd')}</div> : null}
          {lines.map((line) => (
            <QuickLineRow
              key={line.key}
              line={line}
              onChoose={(index) => setLines((current) => current && choose(current, line.key, index))}
              onQuantity={(quantity) => setLines((current) => current && setQuantity(current, line.key, quantity))}
              onRemove={() => setLines((current) => current && removeLine(current, line.key))}
              onReparsed={(replacement) =>
                setLines((current) => current && replaceLine(current, line.key, replacement))
              }
              prefix={() => `p${++parses.current}-`}
            />
          ))}
        </section>
      ) : null}

      {lines ? (
        <div className="portal-action-bar">
          <div className="portal-action-bar-total">
            <span>{t('cart.total')}</span>
            <span className="price-value-sm" data-testid="quick-total">
              {formatMoney(lines.reduce((sum, line) => sum + (chosenOf(line)?.unitPrice ?? 0) * line.quantity, 0))}
            </span>
          </div>
          <Button
            type="primary"
            size="large"
            shape="round"
            icon={<ShoppingCartOutlined />}
            disabled={items.length === 0}
            loading={add.isPending}
            onClick={addAll}
            data-testid="quick-add-all"
          >
            {t('quickOrder.addAll', { count: items.length })}
          </Button>
        </div>
      ) : null}

      <FrequentItems />
    </div>
  );
}

const statusColor = { matched: 'green', ambiguous: 'orange', unmatched: 'red' } as const;

function QuickLineRow({
  line,
  onChoose,
  onQuantity,
  onRemove,
  onReparsed,
  prefix,
}: {
  line: QuickLine;
  onChoose: (index: number) => void;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
  onReparsed: (lines: QuickLine[]) => void;
  prefix: () => string;
}) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [edited, setEdited] = useState(line.input);
  const [picking, setPicking] = useState(false);
  const reparse = useMutation({
    mutationFn: parse,
    onSuccess: (result) => onReparsed(linesFromParse(result.items, prefix())),
    onError: (error) => showError(error),
  });
  const chosen = chosenOf(line);
  const stockStatus = chosen ? stockStatusOf(chosen) : undefined;
  const short =
    chosen && exceedsStock(line.quantity * chosen.unitFactor, chosen.available, stockStatus)
      ? shortStockHint(
          chosen.available == null ? null : Math.floor(chosen.available / Math.max(1, chosen.unitFactor)),
          stockStatus,
          chosen.unitName,
        )
      : undefined;
  const status = chosen ? 'matched' : line.status === 'unmatched' ? 'unmatched' : 'ambiguous';

  return (
    <div className={`quick-line quick-line-${status}`} data-testid="quick-line" data-status={status}>
      <div className="quick-line-head">
        <Tag color={statusColor[status]} className="mini-tag">
          {t(`quickOrder.${status}`)}
        </Tag>
        <span className="quick-line-input">{line.input}</span>
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          onClick={onRemove}
          aria-label={t('quickOrder.skip')}
          data-testid="quick-line-remove"
        />
      </div>
      {line.message ? <div className="cart-problem">{localizeServerMessage(line.message)}</div> : null}

      {line.status === 'unmatched' && !chosen ? (
        <>
          <div className="cart-problem">{t('quickOrder.unmatchedHint')}</div>
          <div className="quick-edit">
            <Input
              value={edited}
              onChange={(event) => setEdited(event.target.value)}
              onPressEnter={() => edited.trim() && reparse.mutate(edited.trim())}
              data-testid="quick-line-edit"
            />
            <Button
              icon={<ReloadOutlined />}
              loading={reparse.isPending}
              disabled={!edited.trim()}
              onClick={() => reparse.mutate(edited.trim())}
              data-testid="quick-line-reparse"
            >
              {t('quickOrder.parse')}
            </Button>
          </div>
        </>
      ) : null}

      {line.candidates.length > 0 && (!chosen || picking) ? (
        <>
          {!chosen ? <div className="muted quick-choose-hint">{t('quickOrder.chooseHint')}</div> : null}
          <Radio.Group
            className="quick-candidates"
            value={line.chosen}
            onChange={(event) => {
              onChoose(event.target.value);
              setPicking(false);
            }}
            data-testid="quick-candidates"
          >
            {line.candidates.map((candidate, index) => (
              <Radio key={`${candidate.skuId}:${candidate.unitId}`} value={index} data-testid="quick-candidate">
                <span className="quick-candidate-name">{candidate.productName}</span>
                <span className="quick-candidate-spec">
                  {candidate.skuName} · {candidate.code}
                </span>
                <span className="price-value-sm">
                  {formatMoney(candidate.unitPrice)}
                  <span className="price-unit">/{candidate.unitName}</span>
                </span>
              </Radio>
            ))}
          </Radio.Group>
        </>
      ) : chosen ? (
        <div className="quick-match" data-testid="quick-match">
          <span className="quick-candidate-name">
            {chosen.productName}
            {line.candidates.length > 1 ? (
              <Button type="link" size="small" onClick={() => setPicking(true)} data-testid="quick-line-change">
                {t('quickOrder.change')}
              </Button>
            ) : null}
          </span>
          <span className="quick-candidate-spec">
            {chosen.skuName} · {chosen.code}
          </span>
        </div>
      ) : null}

      {chosen ? (
        <div className="cart-item-controls">
          <span className="price">
            <span className="price-value-sm">{formatMoney(chosen.unitPrice)}</span>
            <span className="price-unit">/{chosen.unitName}</span>
          </span>
          <span className="quick-quantity">
            <InputNumber
              min={1}
              max={1_000_000}
              precision={0}
              inputMode="numeric"
              value={line.quantity}
              onChange={(value) => value && onQuantity(value)}
              data-testid="quick-line-quantity"
              style={{ width: 88 }}
            />
            <span>{chosen.unitName}</span>
          </span>
        </div>
      ) : null}
      {short ? (
        <div className="cart-problem" data-testid="quick-line-short">
          {t(short.key, short.values)}
        </div>
      ) : null}
    </div>
  );
}

function FrequentItems() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const add = useAddToCart();
  const [adding, setAdding] = useState<number>();
  const frequent = useQuery({
    queryKey: ['portal', 'frequent-items'],
    queryFn: () => unwrap(api.GET('/api/orders/frequent-items')),
  });
  // The home page's 常购清单 opens this page at the list (#frequent), once it has loaded.
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const loaded = frequent.isSuccess;
  useEffect(() => {
    if (hash === '#frequent' && loaded) section.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);
  const addOne = (item: FrequentItem) => {
    setAdding(item.skuId);
    add.mutate([{ skuId: item.skuId, unitId: item.unitId, quantity: item.lastQuantity }], {
      onSuccess: () => message.success(t('cart.added')),
      onError: (error) => showError(error),
      onSettled: () => setAdding(undefined),
    });
  };
  return (
    <section ref={section} className="ordering-card" id="frequent" data-testid="frequent-items">
      <div className="ordering-card-title">{t('quickOrder.frequent')}</div>
      {frequent.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !frequent.data?.items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quickOrder.frequentEmpty')} />
      ) : (
        frequent.data.items.map((item) => (
          <div key={item.skuId} className="frequent-item" data-testid={`frequent-${item.skuId}`}>
            <div className="frequent-item-main">
              <span className="quick-candidate-name">{item.productName}</span>
              <span className="quick-candidate-spec">
                {item.skuName} · {t('quickOrder.timesOrdered', { count: item.orderCount })}
              </span>
              <span>
                <span className="price-value-sm">{formatMoney(item.unitPrice)}</span>
                <span className="price-unit">
                  /{item.unitName} × {item.lastQuantity}
                </span>
              </span>
            </div>
            <Button
              type="primary"
              ghost
              shape="round"
              disabled={!item.orderable}
              loading={adding === item.skuId}
              onClick={() => addOne(item)}
              data-testid="frequent-add"
            >
              {t('quickOrder.add')}
            </Button>
          </div>
        ))
      )}
    </section>
  );
}
