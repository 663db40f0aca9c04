/** A cell of a source line: its text (trimmed) and its column span [start, end) in the original line. */
export interface SourceCell {
  text: string;
  start: number;
  end: number;
  /** Box on the page in PDF points from the top-left corner, when the line was read from a PDF's text layer. */
  box?: { x: number; y: number; w: number; h: number };
  /** Where a structured container holds this cell (`Sheet1!C7`, `table 3 row 5 col 2`). */
  ref?: string;
}

/** A line of the source after format-specific cleaning, split into cells. */
export interface SourceLine {
  /** 1-based line number in the original file. */
  no: number;
  /** The original line, unchanged. */
  raw: string;
  /** Cleaned text of the whole line (tags, heading marks removed; cells joined by tabs). */
  text: string;
  /** Cells in order; a line without tabs has one cell. Empty cells are kept (blank = empty column). */
  cells: SourceCell[];
  /** Markdown heading level when the OCR source marked the line with #. */
  heading?: number;
  page?: number;
  /** Where a structured container holds this line (`paragraph 12`, `Sheet1!A3`, `table 3 row 5`). */
  ref?: string;
}

/** What every text reader hands to the structural parser. */
export interface LineSource {
  file: string;
  format: 'tsv-text' | 'layout-text' | 'ocr-markdown';
  lines: SourceLine[];
  /** Lines the format reader dropped (watermarks, page numbers), for diagnostics. */
  dropped: { no: number; reason: string }[];
}
