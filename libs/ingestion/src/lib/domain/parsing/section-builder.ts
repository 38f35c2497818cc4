import type { ParsedSection } from './parsed-document';

/**
 * Accumulates paragraphs under the current heading trail. Shared by every parser so all give
 * headings the same meaning: a heading of level n closes every open heading of level n or
 * deeper, which keeps the trail a true path from the outermost heading.
 */
export class SectionBuilder {
  private readonly trail: { level: number; text: string }[] = [];
  private readonly sections: ParsedSection[] = [];
  private blocks: string[] = [];
  private blocksPage: number | undefined;
  private tables = 0;

  /**
   * Adds one paragraph (or code block) to the current section; blank input is ignored.
   * `page` is where the block sits; the section keeps the page of its first block.
   */
  addBlock(text: string, page?: number): void {
    const trimmed = text.replace(/^\n+|\s+$/g, '');
    if (trimmed.trim() === '') return;
    if (this.blocks.length === 0) this.blocksPage = page;
    this.blocks.push(trimmed);
  }

  /**
   * Adds a table as a section of its own under the current trail (`Billing > Table 2`, numbered
   * across the document), so rows are retrieved as one unit instead of being packed with prose.
   */
  addTable(rows: string, page?: number): void {
    if (rows.trim() === '') return;
    this.flush();
    this.tables++;
    const heading = `Table ${this.tables}`;
    const section: ParsedSection = { heading, path: [...this.trail.map((entry) => entry.text), heading], text: rows.trim() };
    if (page !== undefined) section.page = page;
    this.sections.push(section);
  }

  /** Closes the current section and opens one under `text`; an empty heading changes nothing. */
  startHeading(level: number, text: string): void {
    const heading = text.replace(/\s+/g, ' ').trim();
    if (heading === '') return;
    this.flush();
    while (this.trail.length > 0 && this.trail[this.trail.length - 1]!.level >= level) this.trail.pop();
    this.trail.push({ level, text: heading });
  }

  /** Returns the sections seen so far; sections without text are dropped (their trail lives on in children). */
  finish(): ParsedSection[] {
    this.flush();
    return this.sections;
  }

  private flush(): void {
    if (this.blocks.length === 0) return;
    const current = this.trail[this.trail.length - 1];
    const section: ParsedSection = { path: this.trail.map((entry) => entry.text), text: this.blocks.join('\n\n') };
    if (current) section.heading = current.text;
    if (this.blocksPage !== undefined) section.page = this.blocksPage;
    this.sections.push(section);
    this.blocks = [];
    this.blocksPage = undefined;
  }
}
