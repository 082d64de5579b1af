import { describe, expect, it } from 'vitest';

import type { PageDocumentIssue } from '../document/page-document-issue';
import { createDroppedBlockReporter } from './dropped-block-reporter';

const unknown = (blockId: string, blockType: string): PageDocumentIssue => ({
  code: 'unknown_block',
  path: ['blocks', 0, 'type'],
  message: `Unknown block type "${blockType}"`,
  blockId,
  blockType,
});

describe('createDroppedBlockReporter', () => {
  it('logs each page and block type once', () => {
    const lines: string[] = [];
    const report = createDroppedBlockReporter({ log: (line) => lines.push(line) });
    report('home', [unknown('a', 'carousel'), unknown('b', 'carousel')]);
    report('home', [unknown('a', 'carousel')]);
    report('about', [unknown('a', 'carousel'), unknown('c', 'marquee')]);
    expect(lines).toEqual([
      '[blocks] page home: dropped blocks[0].type (unknown_block): Unknown block type "carousel"',
      '[blocks] page about: dropped blocks[0].type (unknown_block): Unknown block type "carousel"',
      '[blocks] page about: dropped blocks[0].type (unknown_block): Unknown block type "marquee"',
    ]);
  });

  it('keeps its memory bounded', () => {
    const lines: string[] = [];
    const report = createDroppedBlockReporter({ log: (line) => lines.push(line), maxKeys: 2 });
    report('p', [unknown('a', 'one'), unknown('b', 'two'), unknown('c', 'three')]);
    report('p', [unknown('a', 'one')]);
    // "one" was forgotten when the memory filled up, so it is logged again.
    expect(lines).toHaveLength(4);
  });
});
