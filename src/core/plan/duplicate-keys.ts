/** A key written twice in one JSON object: where, and the text of the value that was kept. */
export interface DuplicateKey {
  /** Path of the key, e.g. `nodePools[0].count`. */
  path: string;
  key: string;
}

/**
 * Keys written twice in the same object of a JSON text, in the order the second one appears. JSON.parse
 * keeps the last silently; a plan file that says `"count": 3, "count": 4` deserves a word. One pass over
 * the text, linear in its length; the text must already be valid JSON (call it after JSON.parse).
 *
 * @example duplicateJsonKeys('{"a":1,"a":2}') // [{ path: 'a', key: 'a' }]
 */
export function duplicateJsonKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  /** Open containers: an object's keys seen so far, or an array's next index. */
  const stack: (
    | { kind: 'object'; keys: Set<string>; path: string; key: string | null }
    | { kind: 'array'; index: number; path: string }
  )[] = [];
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (top === undefined) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path === '' ? (top.key ?? '') : `${top.path}.${top.key ?? ''}`;
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ path: top.path === '' ? key : `${top.path}.${key}`, key });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push({ kind: 'object', keys: new Set(), path: childPath(), key: null });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ kind: 'array', index: 0, path: childPath() });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else expectKey = true;
    }
  }
  return found;
}
