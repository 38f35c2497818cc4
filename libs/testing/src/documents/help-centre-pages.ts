/** Small help-centre pages that ingestion and retrieval specs upload (Markdown). */

/** A small help-centre page: the refund delay sits under `Returns > Refunds`. */
export const RETURNS_PAGE_V1 = [
  '# Returns',
  '',
  'You can return any unworn item within 30 days of delivery. Print the prepaid label from your order page.',
  '',
  '## Refunds',
  '',
  'Once the parcel reaches our warehouse, the refund reaches your card within 5 business days.',
  '',
  '## Exchanges',
  '',
  'To exchange a size, start a return and place a new order; exchanges are not shipped directly.',
  '',
].join('\n');

/** The same page, revised: only the refund delay changed. */
export const RETURNS_PAGE_V2 = RETURNS_PAGE_V1.replace('within 5 business days', 'within 10 business days, after a quality check');

export const SHIPPING_PAGE = [
  '# Shipping',
  '',
  'Standard shipping takes 3 to 4 working days. Express parcels leave the warehouse the same day.',
  '',
].join('\n');
