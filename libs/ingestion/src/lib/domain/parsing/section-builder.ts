import type { ParsedSection } from './parsed-document';

/**
 * Accumulates paragraphs under the current heading trail. Shared by the Markdown and HTML
 * parsers so both give headings the same meaning: a heading of level n closes every open
 * heading of level n or deeper, which keeps the trail a true path from the outermost heading.
 */
export class SectionBuilder {
  private readonly trail: { level: number; text: string }[] = [];
  private readonly sections: ParsedSection[] = [];
  private blocks: string[] = [];

  /** Adds one paragraph (or code block) to the current section; blank input is ignored. */
  addBlock(text: string): void {
    const trimmed = text.replace(/^\n+|\s+$/g, '');
    if (trimmed.trim() !== '') this.blocks.push(trimmed);
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
    this.sections.push(section);
    this.blocks = [];
  }
}
