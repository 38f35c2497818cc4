/** Data paths in JSONPath style, as a developer reads them: `$.passages[*].score`. */
export const ROOT_PATH = '$';

export function propertyPath(parent: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function itemsPath(parent: string): string {
  return `${parent}[*]`;
}

/** One alternative of a union; `|` keeps it apart from a property of the same name. */
export function alternativePath(parent: string, keyword: string, index: number): string {
  return `${parent}|${keyword}[${index}]`;
}
