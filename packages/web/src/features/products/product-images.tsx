import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Tag, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { ProductImage } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { moveItem } from '../../lib/move-item.ts';
import { uploadFile } from '../imports/upload-file.ts';

const imageTypes = ['image/jpeg', 'image/png', 'image/webp'];
const maxBytes = 5 * 1024 * 1024;

/** 商品图片 of a saved product: upload (type and size checked here and on the server), reorder, delete. */
export function ProductImages({
  productId,
  images,
  disabled,
}: {
  productId: number;
  images: ProductImage[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const [order, setOrder] = useState(images);
  const [uploading, setUploading] = useState(0);
  useEffect(() => setOrder(images), [images]);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['products'] });
  };

  const reorder = useMutation({
    mutationFn: (ids: number[]) =>
      unwrap(api.PUT('/api/products/{id}/images/order', { params: { path: { id: productId } }, body: { ids } })),
    onSuccess: refresh,
    onError: (error) => {
      setOrder(images);
      showError(error);
    },
  });
  const remove = useMutation({
    mutationFn: (imageId: number) =>
      unwrap(api.DELETE('/api/products/{id}/images/{imageId}', { params: { path: { id: productId, imageId } } })),
    onSuccess: refresh,
    onError: (error) => showError(error),
  });

  const move = (index: number, delta: number) => {
    const next = moveItem(order, index, delta);
    setOrder(next);
    reorder.mutate(next.map((image) => image.id));
  };

  return (
    <div data-testid="product-images">
      <Typography.Paragraph type="secondary">{t('products.imagesHint')}</Typography.Paragraph>
      <div className="image-list">
        {order.map((image, index) => (
          <div className="image-card" key={image.id} data-testid={`product-image-${image.id}`}>
            {index === 0 ? (
              <Tag color="blue" className="image-card-main">
                {t('products.mainImage')}
              </Tag>
            ) : null}
            <a href={image.url} target="_blank" rel="noreferrer">
              <img src={image.thumbUrl} alt="" />
            </a>
            <div className="image-card-actions">
              <Tooltip title={t('products.moveLeft')}>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowLeftOutlined />}
                  disabled={disabled || index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('products.moveLeft')}
                  data-testid={`image-left-${image.id}`}
                />
              </Tooltip>
              <Popconfirm title={t('products.imageDeleteConfirm')} onConfirm={() => remove.mutateAsync(image.id)}>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('common.delete')}
                  data-testid={`image-delete-${image.id}`}
                />
              </Popconfirm>
              <Tooltip title={t('products.moveRight')}>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowRightOutlined />}
                  disabled={disabled || index === order.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('products.moveRight')}
                  data-testid={`image-right-${image.id}`}
                />
              </Tooltip>
            </div>
          </div>
        ))}
        {disabled ? null : (
          <Upload
            listType="picture-card"
            accept={imageTypes.join(',')}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              if (!imageTypes.includes(file.type)) {
                message.error(t('products.imageType'));
                return Upload.LIST_IGNORE;
              }
              if (file.size > maxBytes) {
                message.error(t('products.imageTooLarge'));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              setUploading((count) => count + 1);
              uploadFile(`/api/products/${productId}/images`, file as File)
                .then((body) => {
                  onSuccess?.(body);
                  message.success(t('products.uploaded'));
                  refresh();
                })
                .catch((error: Error) => {
                  onError?.(error);
                  showError(error);
                })
                .finally(() => setUploading((count) => count - 1));
            }}
            data-testid="product-image-upload"
          >
            <div>
              <PlusOutlined />
              <div style={{ marginTop: 8 }}>{uploading > 0 ? '…' : t('products.upload')}</div>
            </div>
          </Upload>
        )}
      </div>
    </div>
  );
}
