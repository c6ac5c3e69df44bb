/** A position in a text, 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Line and column of `offset`, counting line breaks (CRLF, LF or CR) from `lineStart`, where line `line`
 * starts. Positions asked for in text order can each start from the one before.
 */
export function positionAt(text: string, line: number, lineStart: number, offset: number): TextPosition {
  let at = line;
  let start = lineStart;
  for (let k = lineStart; k < offset; k++) {
    const code = text.charCodeAt(k);
    // CRLF counts as one line break, at its LF.
    if (code === 10 || (code === 13 && text.charCodeAt(k + 1) !== 10)) {
      at++;
      start = k + 1;
    }
  }
  return { line: at, column: offset - start + 1 };
}
