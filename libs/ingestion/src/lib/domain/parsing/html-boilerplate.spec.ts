import { parseHtml } from './html-parser';

const texts = async (html: string): Promise<string> => (await parseHtml(html)).sections.map((section) => section.text).join('\n');

describe('parseHtml boilerplate', () => {
  it('keeps only <main> when the page has one', async () => {
    const html = `<html><head><title>Reset</title></head><body>
      <div class="sidebar"><h2>Popular</h2><p>Top ten articles</p></div>
      <div role="main"><h1>Reset your password</h1><p>Use the link.</p></div>
      <div class="promo"><p>Try Pro free</p></div></body></html>`;
    const doc = await parseHtml(html);
    expect(doc.title).toBe('Reset');
    expect(doc.sections).toEqual([{ heading: 'Reset your password', path: ['Reset your password'], text: 'Use the link.' }]);
  });

  it('keeps every <article> when there is no <main>', async () => {
    const html = '<div>Site banner text</div><article><h2>One</h2><p>First.</p></article><p>Between</p><article><h2>Two</h2><p>Second.</p></article>';
    expect(await texts(html)).toBe('First.\nSecond.');
  });

  it('drops chrome elements and ARIA landmarks wherever they are', async () => {
    const html = `<main>
      <header>Article header stays</header>
      <p>Body text.</p>
      <div role="banner">Logo</div><div role="contentinfo">Copyright</div><div role="search">Search help</div>
      <div role="navigation">Prev / Next</div><nav>Menu</nav><aside>Related</aside>
      <form><label>Email</label></form><template><p>Template</p></template><iframe>Frame</iframe>
      <svg><text>Chart label</text></svg><noscript>Enable JavaScript</noscript><script>var x = 1;</script><style>p{}</style>
    </main>`;
    expect(await texts(html)).toBe('Article header stays\n\nBody text.');
  });

  it('drops cookie and consent banners but not text about cookies', async () => {
    const html = `<body>
      <div id="onetrust-banner-sdk"><p>We use cookies. Accept all?</p></div>
      <div class="cookie-notice"><p>Cookies help us.</p></div>
      <section class="gdpr_consent"><p>Your privacy choices</p></section>
      <div role="dialog" aria-label="Cookie preferences"><p>Manage</p></div>
      <h1>Clearing cookies</h1><p>Open settings and clear cookies to sign out everywhere.</p>
    </body>`;
    expect(await texts(html)).toBe('Open settings and clear cookies to sign out everywhere.');
  });

  it('keeps a row on one line when cells hold paragraphs', async () => {
    expect(await texts('<table><tr><td><p>Plan</p></td><td><p>Price</p><p>per month</p></td></tr></table>')).toBe('Plan | Price per month');
  });

  it('can make each table a section of its own under the heading trail', async () => {
    const doc = await parseHtml('<h1>Plans</h1><p>Intro.</p><table><tr><td>A</td><td>1</td></tr></table><p>After.</p><table><tr><td>B</td></tr></table>', { tables: 'sections' });
    expect(doc.sections).toEqual([
      { heading: 'Plans', path: ['Plans'], text: 'Intro.' },
      { heading: 'Table 1', path: ['Plans', 'Table 1'], text: 'A | 1' },
      { heading: 'Plans', path: ['Plans'], text: 'After.' },
      { heading: 'Table 2', path: ['Plans', 'Table 2'], text: 'B' },
    ]);
  });
});
