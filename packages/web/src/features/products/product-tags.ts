/** Tags with a meaning across the app (新品 / 热销 / 促销); a supplier may add its own, shown as typed. */
export const presetTags = ['new', 'hot', 'promo'] as const;
