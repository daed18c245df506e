/** A stretch of text to wrap in an element; `id` is the same for every piece of one span. */
export interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly data: T;
}

/** A span placed in the tree; `piece` is true when a crossing span was cut to fit its parent. */
export interface SpanNode<T> extends Span<T> {
  readonly piece: boolean;
  readonly children: SpanNode<T>[];
}

const byPosition = <T>(a: Span<T>, b: Span<T>): number => a.start - b.start || b.end - a.end;

/**
 * Nests spans into a tree of properly nested elements. A span that crosses the end of
 * the span around it is cut there and its rest placed after, so every character of
 * every span stays covered and the tree can be written as nested markup.
 */
export function nestSpans<T>(spans: readonly Span<T>[], length: number): SpanNode<T>[] {
  const queue: (Span<T> & { piece: boolean })[] = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(length, span.end), piece: false }))
    .filter((span) => span.end > span.start)
    .sort(byPosition);
  const root: SpanNode<T>[] = [];
  const stack: SpanNode<T>[] = [];
  while (queue.length > 0) {
    let span = queue.shift()!;
    while (stack.length > 0 && span.start >= stack[stack.length - 1]!.end) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end > parent.end) {
      insertSorted(queue, { ...span, start: parent.end, piece: true });
      span = { ...span, end: parent.end, piece: true };
    }
    const node: SpanNode<T> = { ...span, children: [] };
    (parent ? parent.children : root).push(node);
    stack.push(node);
  }
  return root;
}

function insertSorted<T>(queue: (Span<T> & { piece: boolean })[], span: Span<T> & { piece: boolean }): void {
  const index = queue.findIndex((other) => byPosition(span, other) < 0);
  if (index === -1) queue.push(span);
  else queue.splice(index, 0, span);
}
