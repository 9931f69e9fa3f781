/** One run of words in a word diff: kept, added in the newer text, or removed from the older. */
export interface WordRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A formulation item compared with the previous version, matched by its stable number (CL3). */
export interface ItemChange {
  number: number;
  kind: 'same' | 'added' | 'removed' | 'changed';
  words: WordRun[];
}

interface Item {
  number: number | string;
  text: string;
  postponed?: boolean;
}

/**
 * Words of `before` and `after` by their longest common subsequence; adjacent words of one kind
 * are joined into a run. Formulation items are a sentence or two, so the quadratic table is small.
 */
export function diffWords(before: string, after: string): WordRun[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const width = b.length + 1;
  // common[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const common = new Array<number>((a.length + 1) * width).fill(0);
  const lcs = (i: number, j: number) => common[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
  }
  const runs: WordRun[] = [];
  const push = (kind: WordRun['kind'], word: string | undefined) => {
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.text += ` ${word ?? ''}`;
    else runs.push({ kind, text: word ?? '' });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (lcs(i + 1, j) >= lcs(i, j + 1)) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return runs;
}

/** Every item of either version in number order, with what changed since the previous version. */
export function diffItems(previous: Item[] | undefined, current: Item[]): ItemChange[] {
  const before = new Map((previous ?? []).map((x) => [Number(x.number), x]));
  const after = new Map(current.map((x) => [Number(x.number), x]));
  const numbers = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y);
  return numbers.map((number) => {
    const old = before.get(number);
    const now = after.get(number);
    if (!old) return { number, kind: 'added', words: [{ kind: 'added', text: now?.text ?? '' }] };
    if (!now) return { number, kind: 'removed', words: [{ kind: 'removed', text: old.text }] };
    if (old.text === now.text && !!old.postponed === !!now.postponed) return { number, kind: 'same', words: [{ kind: 'same', text: now.text }] };
    return { number, kind: 'changed', words: diffWords(old.text, now.text) };
  });
}
