/**
 * Strips inline Markdown syntax, keeping what a reader sees: link and image text stay, URLs
 * and emphasis markers go. Code spans and backslash-escaped characters are set aside first
 * so that nothing inside them is mistaken for syntax.
 */
export function stripInlineMarkdown(text: string): string {
  const kept: string[] = [];
  // Private-use delimiters cannot occur in real text, so restoring by index is unambiguous.
  const keep = (value: string): string => `\uE000${kept.push(value) - 1}\uE001`;

  const result = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_match, char: string) => keep(char))
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, code: string) => keep(code.trim()))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, (_match, url: string) => keep(url))
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2')
    // Intra-word underscores (snake_case, file_names) are not emphasis, hence the boundaries.
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2');

  return result.replace(/\uE000(\d+)\uE001/g, (_match, index: string) => kept[Number(index)] ?? '');
}
