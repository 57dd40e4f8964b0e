import type { App } from '../../lib/app-types.ts';

/** Price lists, customer prices, quantity breaks and the price explanation; filled in by the pricing work. */
export async function pricingRoutes(_app: App) {}
