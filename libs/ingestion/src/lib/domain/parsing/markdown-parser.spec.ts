import { parseMarkdown } from './markdown-parser';
import type { ParsedDocument } from './parsed-document';

const HELP_PAGE = `---
layout: article
title: "Billing and refunds"
---
Intro text before any heading.

# Billing

You are billed on the **first day** of each month.

## Refunds

Refunds go back to the original card within *5 business days*.
See [the refund policy](https://example.com/policy "Policy") or ![a diagram](img.png).

### Annual plans

- Pro-rated refunds
* Only within __30 days__
1. Contact support

Invoices
========

Downloading
-----------

\`\`\`bash
# not a heading inside a fence
curl -H "Authorization: **token**" https://api.example.com
\`\`\`
`;

describe('parseMarkdown', () => {
  let doc: ParsedDocument;
  beforeAll(async () => {
    doc = await parseMarkdown(HELP_PAGE);
  });

  it('uses the front-matter title', async () => {
    expect(doc.title).toBe('Billing and refunds');
  });

  it('turns headings into sections that keep the heading trail', async () => {
    expect(doc.sections.map((section) => section.path)).toEqual([
      [],
      ['Billing'],
      ['Billing', 'Refunds'],
      ['Billing', 'Refunds', 'Annual plans'],
      // Setext headings: \`===\` is level 1 (a new root), \`---\` level 2.
      ['Invoices', 'Downloading'],
    ]);
    expect(doc.sections[2]!.heading).toBe('Refunds');
    expect(doc.sections[0]!.heading).toBeUndefined();
  });

  it('strips emphasis and links but keeps link and image text', async () => {
    expect(doc.sections[1]!.text).toBe('You are billed on the first day of each month.');
    expect(doc.sections[2]!.text).toBe(
      'Refunds go back to the original card within 5 business days.\nSee the refund policy or a diagram.',
    );
  });

  it('keeps list items as lines with normalised bullets', async () => {
    expect(doc.sections[3]!.text).toBe('- Pro-rated refunds\n- Only within 30 days\n1. Contact support');
  });

  it('keeps fenced code verbatim and never reads a heading inside it', async () => {
    expect(doc.sections[4]!.text).toBe(
      '# not a heading inside a fence\ncurl -H "Authorization: **token**" https://api.example.com',
    );
  });

  it('counts the extracted characters', async () => {
    expect(doc.characterCount).toBe(doc.sections.reduce((sum, section) => sum + section.text.length, 0));
  });

  it('falls back to the first level-1 heading as title and accepts a Buffer', async () => {
    const parsed = await parseMarkdown(Buffer.from('\uFEFF# Getting started\r\n\r\nHello.\r\n', 'utf8'));
    expect(parsed.title).toBe('Getting started');
    expect(parsed.sections).toEqual([{ heading: 'Getting started', path: ['Getting started'], text: 'Hello.' }]);
  });

  it('leaves snake_case, escaped characters and code spans alone', async () => {
    const parsed = await parseMarkdown('Set `max_retries` to 3 in config_file, not \\*all\\* of them: `*x*`.');
    expect(parsed.sections[0]!.text).toBe('Set max_retries to 3 in config_file, not *all* of them: *x*.');
  });

  it('turns tables into pipe-separated rows without the delimiter row', async () => {
    const parsed = await parseMarkdown('| Plan | Price |\n|------|------:|\n| Pro | $10 |');
    expect(parsed.sections[0]!.text).toBe('Plan | Price\nPro | $10');
  });

  it('drops thematic breaks, HTML comments and reference definitions', async () => {
    const parsed = await parseMarkdown('Read [the docs][docs].<!-- internal -->\n\n***\n\n[docs]: https://example.com');
    expect(parsed.sections).toEqual([{ path: [], text: 'Read the docs.' }]);
  });

  it('returns no sections for an empty document', async () => {
    expect(await parseMarkdown('')).toEqual({ sections: [], characterCount: 0 });
  });
});
