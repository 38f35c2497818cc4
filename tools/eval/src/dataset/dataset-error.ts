/** One bad line of an input file, located for the person who has to fix it. */
export interface LineProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

/** How many problems a message lists before it says "and N more". */
const LISTED = 20;

/** A dataset that cannot be evaluated as it is; the message lists each bad line as `file:line: problem`. */
export class DatasetError extends Error {
  constructor(
    summary: string,
    readonly problems: readonly LineProblem[] = [],
  ) {
    const listed = problems.slice(0, LISTED).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
    if (problems.length > LISTED) listed.push(`  ... and ${problems.length - LISTED} more`);
    super([summary, ...listed].join('\n'));
  }
}
