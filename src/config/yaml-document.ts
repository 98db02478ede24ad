import yaml from 'js-yaml';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { stripBom } from '../core/strip-bom.js';

/** Where one YAML node starts, with the positions of its children. */
interface NodePosition {
  line: number;
  column: number;
  kind: 'mapping' | 'sequence' | 'scalar' | 'other';
  children: NodePosition[];
}

/** A parsed YAML document that can say where a key path sits in the source text. */
export interface YamlDocument {
  value: unknown;
  /** 1-based line and column of the value at `path`, or of the key itself when `key` is true; the nearest ancestor when the path does not exist. */
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number };
}

/** Aliases are shared references in js-yaml; walking them (as validation does) costs their expanded size, so bound it. */
const MAX_EXPANDED_NODES = 100_000;

export function parseYaml(text: string, file: string): Result<YamlDocument> {
  text = stripBom(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const toLineColumn = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  // js-yaml reports node boundaries through its listener: 'open' fires before leading
  // whitespace is skipped, so the node starts at the next significant character.
  const firstSignificant = (offset: number) => {
    let i = offset;
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] === '#') {
        while (i < text.length && text[i] !== '\n') i++;
        continue;
      }
      return i;
    }
  };
  const root: NodePosition = { line: 1, column: 1, kind: 'other', children: [] };
  const stack: NodePosition[] = [root];
  let value: unknown;
  try {
    value = yaml.load(text, {
      filename: file,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          const node: NodePosition = { ...toLineColumn(firstSignificant(state.position)), kind: 'other', children: [] };
          stack[stack.length - 1]!.children.push(node);
          stack.push(node);
        } else {
          const node = stack.pop()!;
          node.kind =
            state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
        }
      },
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = error.mark as { line: number; column: number } | undefined;
      return fail({
        file,
        line: mark ? mark.line + 1 : undefined,
        column: mark ? mark.column + 1 : undefined,
        message: `invalid YAML: ${error.reason}`,
      });
    }
    throw error;
  }
  const bomb = checkExpansion(value);
  if (bomb) return fail({ file, message: bomb });

  const document = root.children[0] ?? root;
  const locate = (path: readonly PropertyKey[], key = false) => {
    let node = document;
    let current: unknown = value;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      let next: NodePosition | undefined;
      if (Array.isArray(current) && typeof segment === 'number') {
        next = node.children[segment];
        current = current[segment];
      } else if (current && typeof current === 'object') {
        const keys = Object.keys(current);
        const index = keys.indexOf(String(segment));
        // children alternate key node, value node, in document order (= insertion order)
        const keyNode = index >= 0 ? node.children[index * 2] : undefined;
        next = key && i === path.length - 1 ? keyNode : index >= 0 ? node.children[index * 2 + 1] : undefined;
        current = (current as Record<string, unknown>)[String(segment)];
      }
      if (!next) break;
      node = next;
    }
    return { line: node.line, column: node.column };
  };
  return ok({ value, locate });
}

function checkExpansion(value: unknown): string | undefined {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (!v || typeof v !== 'object') return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    sizes.set(v, Infinity); // a cycle (self-referencing alias) counts as unbounded
    let total = 1;
    for (const child of Object.values(v)) {
      total += size(child);
      if (total > MAX_EXPANDED_NODES) break;
    }
    sizes.set(v, total);
    return total;
  };
  const total = size(value);
  return total > MAX_EXPANDED_NODES
    ? `YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb or a recursive alias); write the values out instead`
    : undefined;
}

export type { Issue };
