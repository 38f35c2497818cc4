import { parseHtml } from './html-parser';
import type { ParsedDocument } from './parsed-document';

const PAGE = `<!DOCTYPE html>
<html><head><title>Reset your password &ndash; Acme Help</title>
<style>.x { color: red }</style><script>if (a < b) { document.write("<h1>evil</h1>") }</script></head>
<body>
<header class="site"><a href="/">Acme</a> <nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav></header>
<div role="navigation">Breadcrumbs &gt; Account</div>
<main><article>
<header><h1>Reset your password</h1></header>
<p>If you forgot your password, use the <b>Forgot&nbsp;password</b> link.
   It&#39;s on the sign-in page &amp; the app.</p>
<h2>By email</h2>
<p>We send a link to your address.<br>The link expires in 1&#x20;hour.</p>
<ul><li>Check spam</li><li>Wait 5 minutes</ul>
<h3>Still stuck?</h3>
<table><tr><th>Plan</th><th>Support</th></tr><tr><td>Pro</td><td>24/7</td></tr></table>
<h2>By phone</h2>
<pre>  Call  +1 555 0100
  Mon-Fri</pre>
<!-- <p>hidden comment</p> -->
<aside>Related articles: Billing</aside>
<button>Was this helpful?</button>
</article></main>
<footer>&copy; 2025 Acme Inc.</footer>
</body></html>`;

describe('parseHtml', () => {
  let doc: ParsedDocument;
  let allText: string;
  beforeAll(async () => {
    doc = await parseHtml(PAGE);
    allText = doc.sections.map((section) => section.text).join('\n');
  });

  it('reads the title and decodes entities in it', async () => {
    expect(doc.title).toBe('Reset your password \u2013 Acme Help');
  });

  it('removes scripts, styles, navigation, page header/footer, asides and comments', async () => {
    for (const boilerplate of ['color: red', 'evil', 'Pricing', 'Breadcrumbs', 'Related articles', 'Acme Inc', 'hidden comment', 'helpful']) {
      expect(allText).not.toContain(boilerplate);
    }
  });

  it('keeps an article header and makes h1–h6 sections with their trail', async () => {
    expect(doc.sections.map((section) => section.path)).toEqual([
      ['Reset your password'],
      ['Reset your password', 'By email'],
      ['Reset your password', 'By email', 'Still stuck?'],
      ['Reset your password', 'By phone'],
    ]);
  });

  it('decodes entities and collapses whitespace in text', async () => {
    expect(doc.sections[0]!.text).toBe(
      "If you forgot your password, use the Forgot password link. It's on the sign-in page & the app.",
    );
  });

  it('keeps line breaks, list items and table rows as lines', async () => {
    expect(doc.sections[1]!.text).toBe(
      'We send a link to your address.\nThe link expires in 1 hour.\n\n- Check spam\n- Wait 5 minutes',
    );
    expect(doc.sections[2]!.text).toBe('Plan | Support\nPro | 24/7');
  });

  it('preserves whitespace inside pre', async () => {
    expect(doc.sections[3]!.text).toBe('Call  +1 555 0100\n  Mon-Fri');
  });

  it('tolerates broken markup and falls back to the first h1 as title', async () => {
    const broken = await parseHtml('<h1>FAQ</h1><p>a < b and <unknown>text</p><div>unclosed <b>bold');
    expect(broken.title).toBe('FAQ');
    expect(broken.sections).toEqual([{ heading: 'FAQ', path: ['FAQ'], text: 'a < b and text\n\nunclosed bold' }]);
  });

  it('leaves unknown entities as written', async () => {
    expect((await parseHtml('<p>&madeup; &#0; &lt;ok&gt;</p>')).sections[0]!.text).toBe('&madeup; \uFFFD <ok>');
  });
});
