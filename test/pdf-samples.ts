// Small PDFs made in the tests: well-formed ones built object by object, and broken ones.

/** A PDF file from its objects' bodies (object n is objs[n-1]), with a correct cross-reference table. */
export function pdfFromObjects(objs: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** How a page of simplePdf is set: its /Rotate, and whether its text is drawn turned to read upright when shown. */
export interface PageSetup {
  rotate?: 0 | 90;
  upright?: boolean;
}

/** Pages showing Latin text lines (Helvetica 12 at x 72, 20 points apart), or no text at all (as a scan has). */
export function simplePdf(pages: readonly (readonly string[])[], setup: PageSetup = {}): Uint8Array {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const font = 3;
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const lines of pages) {
    // Upright on a page shown turned 90° clockwise: the text runs up the unrotated page, from its bottom left.
    const content = lines
      .map((l, i) => (setup.upright ? `BT /F1 12 Tf 0 1 -1 0 ${72 + i * 20} 72 Tm (${l}) Tj ET` : `BT /F1 12 Tf 72 ${760 - i * 20} Td (${l}) Tj ET`))
      .join('\n');
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentRef = objs.length;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate ${setup.rotate ?? 0} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return pdfFromObjects(objs);
}

/** A PDF encrypted with a user password (standard security handler, RC4 40-bit): no reader gets in without it. */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number, seed: number): string => Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 7)}> /U <${hex(32, 11)}> /P -4 >>`];
  return pdfFromObjects(objs, `/Encrypt 3 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] `);
}

/** Bytes that start like a PDF and are nothing else. */
export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\nthis is not a PDF body at all\n');
}

/** The first part of a real PDF, as an interrupted download leaves it. */
export function truncatedPdf(bytes: Uint8Array, keep = 0.3): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}
