/** A stretch of a sentence, with its offset in the sentence text. */
export interface Piece {
  readonly text: string;
  readonly start: number;
}

/** Splits at the given separators, keeping each piece's offset; empty pieces are dropped. */
export function splitPieces(piece: Piece, separators: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  const flush = (end: number): void => {
    if (end > start) pieces.push({ text: piece.text.slice(start, end), start: piece.start + start });
  };
  let quoted = false;
  for (let i = 0; i < piece.text.length; i++) {
    const ch = piece.text[i]!;
    if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    // A list mark inside quotes belongs to the quoted name (`“比学赶超、创先争优”`).
    if (!separators.test(ch) || (quoted && ITEM_BREAK.test(ch))) continue;
    flush(i);
    start = i + 1;
  }
  flush(piece.text.length);
  return pieces;
}

/** Clause breaks: a name never spans one. Quotes stay, since names carry them. */
export const CLAUSE_BREAK = /[，,。；;！？!?：:（）()《》\s]/u;

/** The list mark that separates the items of an enumeration. */
export const ITEM_BREAK = /[、]/u;
