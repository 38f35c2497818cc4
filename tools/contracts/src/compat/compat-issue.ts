/** The kinds of change that break a published contract for its producers or consumers. */
export type CompatRule =
  | 'property-removed'
  | 'required-added'
  | 'required-removed'
  | 'type-changed'
  | 'enum-changed'
  | 'const-changed'
  | 'constraint-tightened'
  | 'items-changed'
  | 'union-changed'
  | 'unsupported-change';

/** One incompatible difference, at the data path where it shows. */
export interface CompatIssue {
  readonly path: string;
  readonly rule: CompatRule;
  readonly message: string;
}

export function issue(path: string, rule: CompatRule, message: string): CompatIssue {
  return { path, rule, message };
}
