import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A scanned copy of pages of a PDF, as a scanner would make it: each page rendered to a JPEG (`pdftoppm -r DPI
 * -jpeg`) and wrapped, one image per page, in a PDF written here with no text layer at all.
 */
export function scannedPdf(pdfPath: string, pages: readonly number[], dpi = 200): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-scan-'));
  try {
    const jpegs = pages.map((p) => {
      execFileSync('pdftoppm', ['-r', String(dpi), '-jpeg', '-f', String(p), '-l', String(p), pdfPath, join(dir, `p${p}`)]);
      const name = readdirSync(dir).find((f) => f.startsWith(`p${p}-`) && f.endsWith('.jpg'));
      if (!name) throw new Error(`pdftoppm rendered no image for page ${p} of ${pdfPath}`);
      return readFileSync(join(dir, name));
    });
    return imagePdf(jpegs, dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF with one page per JPEG, each page the image's size at `dpi`, the image drawn over the whole page. */
export function imagePdf(jpegs: readonly Uint8Array[], dpi: number): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const put = (b: Buffer | string): void => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const object = (n: number, body: Buffer | string, stream?: Uint8Array): void => {
    offsets[n] = length;
    put(`${n} 0 obj\n`);
    put(body);
    if (stream) {
      put('\nstream\n');
      put(Buffer.from(stream));
      put('\nendstream');
    }
    put('\nendobj\n');
  };
  // Objects: 1 catalog, 2 page tree, then per page i: page 3+3i, image 4+3i, content 5+3i.
  const pageIds = jpegs.map((_, i) => 3 + 3 * i);
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${jpegs.length} >>`);
  jpegs.forEach((jpeg, i) => {
    const { width, height, components } = jpegSize(jpeg);
    const w = ((width * 72) / dpi).toFixed(2);
    const h = ((height * 72) / dpi).toFixed(2);
    const [page, image, content] = [3 + 3 * i, 4 + 3 * i, 5 + 3 * i];
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
    object(image, `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`, jpeg);
    object(content, `<< /Length ${draw.length} >>`, Buffer.from(draw, 'latin1'));
  });
  const count = 3 + 3 * jpegs.length;
  const xref = length;
  put(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** Pixel size and colour components of a JPEG, from its start-of-frame segment. */
export function jpegSize(jpeg: Uint8Array): { width: number; height: number; components: number } {
  let i = 2; // after SOI
  while (i + 9 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('not a JPEG segment');
    const marker = jpeg[i + 1] ?? 0;
    const len = ((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: ((jpeg[i + 5] ?? 0) << 8) | (jpeg[i + 6] ?? 0),
        width: ((jpeg[i + 7] ?? 0) << 8) | (jpeg[i + 8] ?? 0),
        components: jpeg[i + 9] ?? 3,
      };
    }
    i += 2 + len;
  }
  throw new Error('JPEG without a frame header');
}
