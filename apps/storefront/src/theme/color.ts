import { relativeLuminance } from '@storeloom/ui';

/** Plain lowercase `#rrggbb`: the only colour form the theme writes into CSS. */
export type Hex = `#${string}`;

export const WHITE: Hex = '#ffffff';
export const BLACK: Hex = '#000000';
/** The default text colour of the design tokens (zinc 900). */
export const INK: Hex = '#18181b';

const HEX = /^#[0-9a-f]{6}$/i;

export function isHex(value: string): value is Hex {
  return HEX.test(value);
}

function channels(hex: Hex): [number, number, number] {
  const channel = (start: number) => parseInt(hex.slice(start, start + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

function toHex([r, g, b]: [number, number, number]): Hex {
  const part = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** `weight` of `a` and the rest of `b`, per sRGB channel (what CSS `color-mix(in srgb)` does). */
export function mix(a: Hex, b: Hex, weight: number): Hex {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  return toHex([
    ar * weight + br * (1 - weight),
    ag * weight + bg * (1 - weight),
    ab * weight + bb * (1 - weight),
  ]);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Hex, b: Hex): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function isDark(color: Hex): boolean {
  // The luminance where white and black text contrast equally with it.
  return relativeLuminance(color) < 0.179;
}

/**
 * White or ink, whichever reads better on `background`. On the few mid-tones where neither
 * reaches 4.5:1, pure black or white does (one of them always clears 4.58:1).
 */
export function readableOn(background: Hex): Hex {
  const onWhite = contrastRatio(WHITE, background);
  const best = onWhite >= contrastRatio(INK, background) ? WHITE : INK;
  if (contrastRatio(best, background) >= 4.5) return best;
  return onWhite >= contrastRatio(BLACK, background) ? WHITE : BLACK;
}

/**
 * `color`, moved towards white or black in small steps until it contrasts at least `ratio`
 * with every colour in `against`; unchanged when it already does. Keeps a brand colour as close
 * to itself as readability allows.
 */
export function withContrast(color: Hex, against: readonly Hex[], ratio: number): Hex {
  const enough = (candidate: Hex) => against.every((bg) => contrastRatio(candidate, bg) >= ratio);
  if (enough(color)) return color;
  // Away from the backgrounds: darker on light pages, lighter on dark ones.
  const [first] = against;
  const target = first !== undefined && isDark(first) ? WHITE : BLACK;
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mix(target, color, step / 20);
    if (enough(candidate)) return candidate;
  }
  return target;
}
