import { describe, expect, it } from 'vitest';
import { selectStages, testStages } from './stages';

describe('selectStages', () => {
  const all = testStages();

  it('runs unit, integration and end-to-end tests in that order by default', () => {
    expect(selectStages(all, undefined).map((stage) => stage.id)).toEqual(['unit', 'int', 'e2e']);
    expect(selectStages(all, '').map((stage) => stage.id)).toEqual(['unit', 'int', 'e2e']);
  });

  it('keeps the canonical order for a subset', () => {
    expect(selectStages(all, 'e2e, unit').map((stage) => stage.id)).toEqual(['unit', 'e2e']);
  });

  it('names unknown stages', () => {
    expect(() => selectStages(all, 'unit,smoke')).toThrow('unknown stage smoke');
  });
});
