/**
 * The Markdown that GitHub renders as Markdown: lines outside fenced code blocks, with inline
 * code spans blanked. HTML, mentions and references only take effect here. Fails on a fence
 * that is never closed (the rest of the comment would be swallowed).
 */
export function visibleMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) fence = m[1]!;
    else if (fence !== null && m && line.trim() === fence) fence = null;
    else if (fence === null) out.push(line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '`code`'));
  }
  if (fence !== null) throw new Error(`a ${fence} fence is never closed`);
  return out.join('\n');
}
