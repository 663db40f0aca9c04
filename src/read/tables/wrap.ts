// PDF layouts print a long name over several lines around the line that holds the code and the
// amounts (the text is centred vertically in its cell), and sometimes put a code one line above its
// name and amount. These helpers rebuild one record per printed row before cells are read.

/** What one printed line contributes to a record. */
export interface Piece<L> {
  line: L;
  code: boolean;
  name: string;
  values: boolean;
  /** The line is plain text continuing the line above (no grid), as wrapped extractions print it. */
  continues?: boolean;
}

/** A record assembled from pieces: its anchor line (code and/or values) and the name fragments around it. */
export interface Assembled<L> {
  anchor: Piece<L>;
  /** Line that printed the code when it stood alone above the anchor. */
  codeLine?: L;
  name: string;
  fragments: L[];
}

/**
 * Group pieces into records. Anchors are pieces with a code or values; name-only pieces are fragments
 * of the neighbouring anchors. A lone fragment heads the lower anchor when that one printed no name,
 * else it ends the upper one. Of a longer run, the upper anchor takes one fragment when its own name
 * was centred (it began with a fragment or printed none) and the lower one the rest; otherwise the run
 * ends the upper anchor unless the lower one printed no name.
 */
export function assemble<L>(pieces: readonly Piece<L>[]): Assembled<L>[] {
  const out: Assembled<L>[] = [];
  const needsTail = new Set<Assembled<L>>();
  let run: Piece<L>[] = [];
  let pendingCode: Piece<L> | undefined;

  const attachTail = (rec: Assembled<L>, ps: readonly Piece<L>[]): void => {
    for (const p of ps) {
      rec.name += p.name;
      rec.fragments.push(p.line);
    }
  };
  // Splits the pending run between the last record (tail) and the next anchor (head); returns the head.
  const split = (next: Piece<L> | undefined): Piece<L>[] => {
    const prev = out[out.length - 1];
    const pieces = run;
    run = [];
    if (!prev) return pieces;
    let tail = 0;
    while (tail < pieces.length && pieces[tail]!.continues) tail++;
    const rest = pieces.length - tail;
    if (!next) tail = pieces.length;
    else if (tail === 0 && rest === 1) tail = next.name ? 1 : 0;
    else if (tail === 0 && rest > 1) tail = needsTail.has(prev) ? 1 : next.name ? rest : 0;
    attachTail(prev, pieces.slice(0, tail));
    return pieces.slice(tail);
  };

  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!p.code && !p.values) {
      if (p.name) run.push(p);
      continue;
    }
    if (p.code && !p.values && !p.name) {
      const nx = pieces[i + 1];
      if (nx && !nx.code && nx.values) {
        // A code printed alone: its name and amounts are on the next line.
        pendingCode = p;
        continue;
      }
    }
    const head = split(p);
    const rec: Assembled<L> = { anchor: p, name: head.map((h) => h.name).join('') + p.name, fragments: head.map((h) => h.line) };
    if (pendingCode) {
      rec.codeLine = pendingCode.line;
      pendingCode = undefined;
    }
    if (head.length > 0 || !p.name) needsTail.add(rec);
    out.push(rec);
  }
  split(undefined);
  return out;
}
