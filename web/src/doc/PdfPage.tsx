import type { Position } from '../api';

// Pages are drawn at 110 dpi by GET /api/documents/:id/pages/:page; boxes are in PDF points (72 a inch).
const SCALE = 110 / 72;

/** The original PDF page of a finding with a box around its cell; closes on the button or a click outside the page. */
export function PdfPageView({ docId, pos, onClose }: { docId: number; pos: Position; onClose: () => void }) {
  if (pos.page === undefined) return null;
  const b = pos.box;
  return (
    <div className="pdf-overlay" role="dialog" aria-label={`原文第 ${pos.page} 页`} onClick={onClose}>
      <div className="pdf-frame" onClick={(e) => e.stopPropagation()}>
        <p className="pdf-bar">原文第 {pos.page} 页 <button type="button" onClick={onClose}>关闭</button></p>
        <div className="pdf-page">
          <img src={`/api/documents/${docId}/pages/${pos.page}`} alt={`原文第 ${pos.page} 页`} />
          {b && <div className="pdf-box" data-testid="pdf-box" style={{ left: b.x * SCALE - 3, top: b.y * SCALE - 3, width: b.w * SCALE + 6, height: b.h * SCALE + 6 }} />}
        </div>
      </div>
    </div>
  );
}
