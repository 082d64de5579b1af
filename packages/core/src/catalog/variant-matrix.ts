/** An option as the matrix sees it: its name and its values in order. */
export interface MatrixOption {
  name: string;
  values: readonly string[];
}

/**
 * Every combination of option values, the first option varying slowest (S/Red, S/Blue, M/Red…).
 * No options give one empty combination: the product's single default variant.
 */
export function variantCombinations(options: readonly MatrixOption[]): string[][] {
  return options.reduce<string[][]>(
    (combos, option) => combos.flatMap((combo) => option.values.map((value) => [...combo, value])),
    [[]],
  );
}

/** "M / Blue", or "Default" for the variant of a product without options. */
export function variantTitle(values: readonly string[]): string {
  return values.length === 0 ? 'Default' : values.join(' / ');
}

/** A stable key for a combination, used to match variants across option edits. */
export function combinationKey(values: readonly string[]): string {
  return JSON.stringify(values);
}

const MAX_SKU_LENGTH = 64;

/** The SKU a generated variant gets: the product handle and its option values, upper case. */
export function generatedSku(handle: string, values: readonly string[]): string {
  const parts = [handle, ...values].map((part) =>
    part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  );
  const sku = parts.filter((part) => part.length > 0).join('-');
  return sku.slice(0, MAX_SKU_LENGTH).replace(/-+$/, '') || 'SKU';
}

/**
 * Makes each wanted SKU unique against `taken` (and against the others in the list) by adding
 * "-2", "-3"… Used only for generated SKUs; SKUs the merchant typed are never changed.
 */
export function uniqueSkus(wanted: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set([...taken].map((sku) => sku.toUpperCase()));
  return wanted.map((sku) => {
    let candidate = sku;
    for (let n = 2; used.has(candidate.toUpperCase()); n += 1) {
      const suffix = `-${n}`;
      candidate = `${sku.slice(0, MAX_SKU_LENGTH - suffix.length)}${suffix}`;
    }
    used.add(candidate.toUpperCase());
    return candidate;
  });
}
