import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const known: Record<string, string> = { new: 'green', hot: 'volcano', promo: 'orange' };

/** Product tags as small badges; new / hot / promo read 新品 / 热销 / 促销, a supplier's own tag as typed. */
export function ProductTags({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <span className="product-tags">
      {tags.map((tag) => (
        <Tag key={tag} color={known[tag] ?? 'blue'} variant="filled" data-testid={`product-tag-${tag}`}>
          {tag in known ? t(`products.tags.${tag}`) : tag}
        </Tag>
      ))}
    </span>
  );
}
