import { buildDocx, buildPdf } from '@sagewire/testing';

/** The four formats of the done-means, each holding one fact only it states. */
export const PDF_WARRANTY = (): Promise<Buffer> | Buffer =>
  buildPdf({
    pages: [
      { blocks: [{ text: 'Warranty', fontSize: 22 }, { text: 'Every Northwind jacket carries a two year warranty against manufacturing defects.' }] },
      { blocks: [{ text: 'Claims', fontSize: 22 }, { text: 'To claim the warranty, email a photo of the defect to the care team with your order number.' }] },
    ],
  });

export const DOCX_PAYMENTS = (): Promise<Buffer> | Buffer =>
  buildDocx({
    blocks: [
      { heading: 1, text: 'Payments' },
      { text: 'We accept Visa, Mastercard and PayPal. Cards are charged when the parcel leaves the warehouse.' },
      { heading: 2, text: 'Membership plans' },
      { table: [['Plan', 'Monthly fee'], ['Basic', '5 euros'], ['Premium', '12 euros']] },
    ],
  });

export const HTML_SHIPPING = [
  '<!doctype html><html><head><title>Shipping</title><script>var tracker = "careers";</script></head><body>',
  '<header><nav><a href="/">Home</a> <a href="/careers">Careers at Northwind</a> <a href="/blog">Blog</a></nav></header>',
  '<main><h1>Shipping</h1><p>Orders ship within two working days from our Rotterdam warehouse.</p>',
  '<h2>Express</h2><p>Express parcels ordered before noon arrive the next working day.</p></main>',
  '<footer><p>Careers · Newsletter signup · Copyright Northwind Outfitters</p></footer>',
  '</body></html>',
].join('\n');

export const MARKDOWN_RETURNS = (delay: string): string =>
  ['# Returns', '', 'You can return any unworn item within 30 days of delivery.', '', '## Refunds', '', `The refund reaches your card within ${delay} after the parcel arrives.`, ''].join('\n');

/** Eight PNG signature bytes and some binary: an image uploaded as if it were Markdown. */
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
