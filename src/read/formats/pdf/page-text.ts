/** A run of text on a page with its box, in PDF points from the page's top-left corner (y grows downwards). */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Read by OCR (a scanned page), not from a text layer. */
  ocr?: boolean;
}

/** The text of one page as positioned items: what both the pdf.js text layer and OCR produce. */
export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** Rotation the page is shown with (0, 90, 180, 270); items are already in the shown orientation. */
  rotation: number;
  items: TextItem[];
  /** Horizontal and vertical ruling lines (table borders) when the page draws them, same coordinates. */
  rules?: { x0: number; y0: number; x1: number; y1: number }[];
}
