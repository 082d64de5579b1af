'use client';

import { useState } from 'react';

import {
  emptyEstimateLine,
  type EstimateDraft,
  type EstimateLineDraft,
  type EstimateLineKind,
} from '~/lib/estimate-draft';

/** Everything of a draft but React's line keys: equal signatures mean nothing to save. */
function signatureOf(draft: EstimateDraft): string {
  return JSON.stringify({ ...draft, lines: draft.lines.map(({ key: _key, ...line }) => line) });
}

/**
 * The editor's state: the draft, the edits to it, and whether it differs from what was last
 * loaded or saved. A new line takes focus (its description cell) so typing can go on.
 */
export function useEstimateDraft(initial: () => EstimateDraft) {
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(() => signatureOf(draft));

  const setLines = (update: (lines: EstimateLineDraft[]) => EstimateLineDraft[]) => {
    setDraft((current) => ({ ...current, lines: update(current.lines) }));
  };

  /** After a save: the server's copy becomes both the form and the saved state. */
  const reset = (next: EstimateDraft) => {
    setDraft(next);
    setSaved(signatureOf(next));
  };
  const change = (patch: Partial<EstimateDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const changeLine = (index: number, patch: Partial<EstimateLineDraft>) => {
    setLines((lines) => lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  };
  const addLine = (kind: EstimateLineKind, at?: number) => {
    const position = at ?? draft.lines.length;
    setLines((lines) => [
      ...lines.slice(0, position),
      emptyEstimateLine(kind),
      ...lines.slice(position),
    ]);
    // After React has rendered the row: the new line's first text cell.
    requestAnimationFrame(() => {
      document.getElementById(`line-${String(position)}-name`)?.focus();
    });
  };
  const removeLine = (index: number) => {
    setLines((lines) => lines.filter((_, at) => at !== index));
  };
  const moveLine = (index: number, offset: -1 | 1) => {
    setLines((lines) => {
      const target = index + offset;
      const moving = lines[index];
      const other = lines[target];
      if (moving === undefined || other === undefined) return lines;
      const next = [...lines];
      next[target] = moving;
      next[index] = other;
      return next;
    });
  };

  return {
    draft,
    dirty: signatureOf(draft) !== saved,
    reset,
    change,
    changeLine,
    addLine,
    removeLine,
    moveLine,
  };
}
