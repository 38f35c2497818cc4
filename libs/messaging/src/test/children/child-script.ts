import * as path from 'node:path';

/** Absolute path of a child-process script in this folder, for runTsScript. */
export function childScript(name: string): string {
  return path.join(__dirname, name);
}
