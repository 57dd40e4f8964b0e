/**
 * Carriers the ship dialog offers. A shipment stores the code (a carrier adapter will key on it);
 * anything else typed under "other" is stored as written and shown as is.
 */
export const carriers = ['sf', 'zto', 'jd', 'own'] as const;
export type Carrier = (typeof carriers)[number];

export const isCarrier = (value: string): value is Carrier => carriers.includes(value as Carrier);

/** i18n key of a known carrier's name, or undefined for free text. */
export const carrierKey = (value: string) => (isCarrier(value) ? (`orders.carriers.${value}` as const) : undefined);
