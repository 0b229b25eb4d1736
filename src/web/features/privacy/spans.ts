import type { Category } from '../../../shared/privacy/types.js';

/** A piece of a text that may be personal data: offsets into the text (UTF-16 indices). */
export interface Span {
  start: number;
  end: number;
  category: Category;
}

/** What the server answers for a refused field: offsets and a category, never the text. */
export interface ServerFinding {
  start: number;
  end: number;
  category: string;
}

/**
 * The spans of `before` carried over to `after`, which is `before` with one edit: spans before
 * the edit stay, spans after it move, spans the edit touched go (the next check finds them
 * again). The edit is found as the part between the common start and the common end.
 */
export function rebase<T extends Span>(spans: readonly T[], before: string, after: string): T[] {
  if (before === after || spans.length === 0) return [...spans];
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return spans.flatMap((span) => {
    if (span.end <= prefix) return [span];
    if (span.start >= editEnd)
      return [{ ...span, start: span.start + delta, end: span.end + delta }];
    return [];
  });
}

/** The server's findings that fit the text, as spans of a known category. */
export function spansFromServer(
  findings: readonly ServerFinding[] | undefined,
  text: string,
  known: readonly string[],
): Span[] {
  return (findings ?? [])
    .filter(
      (f) =>
        Number.isInteger(f.start) &&
        Number.isInteger(f.end) &&
        f.start >= 0 &&
        f.end <= text.length &&
        f.start < f.end &&
        known.includes(f.category),
    )
    .map((f) => ({ start: f.start, end: f.end, category: f.category as Category }));
}

/**
 * The spans of both checks in the order of the text, never overlapping: where the server and the
 * browser disagree about a piece, the browser's fresher finding wins.
 */
export function merge(local: readonly Span[], server: readonly Span[]): Span[] {
  const extra = server.filter((s) => !local.some((l) => l.start < s.end && s.start < l.end));
  const all = [...local, ...extra].sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged.at(-1);
    if (!last || span.start >= last.end) merged.push(span);
  }
  return merged;
}

/** The same words however they were typed, as the server compares them: case and spaces aside. */
export const normalised = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** One key per text and category: for grouping findings and for remembered overrides. */
export const findingKey = (text: string, category: string): string =>
  `${category}:${normalised(text)}`;

/** A replacement at the start of a sentence starts with a capital: "Moeder belt", "De buurvrouw". */
export function fitToPlace(replacement: string, text: string, start: number): string {
  const sentenceStart =
    start === 0 || /([.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
  return sentenceStart
    ? replacement.charAt(0).toLocaleUpperCase('nl') + replacement.slice(1)
    : replacement;
}

export interface Replaced {
  text: string;
  /** Where a caret or selection end moves to: after a replaced piece when it was inside it. */
  move(position: number): number;
  /** The other spans, carried over exactly. */
  carry<T extends Span>(spans: readonly T[]): T[];
}

/** Replaces each of `targets` (spans of `text`, not overlapping) with `replacement`. */
export function replaceSpans(
  text: string,
  targets: readonly Span[],
  replacement: string,
): Replaced {
  const sorted = [...targets].sort((x, y) => x.start - y.start);
  const edits = sorted.map((span) => ({
    start: span.start,
    end: span.end,
    with: fitToPlace(replacement, text, span.start),
  }));
  let result = '';
  let from = 0;
  for (const edit of edits) {
    result += text.slice(from, edit.start) + edit.with;
    from = edit.end;
  }
  result += text.slice(from);

  /** A position of the old text in the new one; inside a replaced piece: just after it. */
  const move = (position: number): number => {
    let shift = 0;
    for (const edit of edits) {
      if (position >= edit.end) shift += edit.with.length - (edit.end - edit.start);
      else if (position > edit.start) return edit.start + shift + edit.with.length;
      else break;
    }
    return position + shift;
  };
  const carry = <T extends Span>(spans: readonly T[]): T[] =>
    spans.flatMap((span) =>
      edits.some((edit) => edit.start < span.end && span.start < edit.end)
        ? []
        : [{ ...span, start: move(span.start), end: move(span.end) }],
    );
  return { text: result, move, carry };
}
