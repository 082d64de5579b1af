import type { ThemeRadius } from '@storeloom/validators';

/** The rounding steps components use (`rounded-sm` … `rounded-2xl`); `rounded-full` stays round. */
export const radiusSteps = ['sm', 'md', 'lg', 'xl', '2xl'] as const;
export type RadiusStep = (typeof radiusSteps)[number];

/** `medium` is the design tokens' own scale (packages/ui/src/styles.css, Tailwind's 2xl). */
export const radiusScales: Record<ThemeRadius, Record<RadiusStep, string>> = {
  none: { sm: '0px', md: '0px', lg: '0px', xl: '0px', '2xl': '0px' },
  small: { sm: '0.125rem', md: '0.25rem', lg: '0.375rem', xl: '0.5rem', '2xl': '0.625rem' },
  medium: { sm: '0.25rem', md: '0.375rem', lg: '0.5rem', xl: '0.75rem', '2xl': '1rem' },
  large: { sm: '0.375rem', md: '0.625rem', lg: '0.875rem', xl: '1.25rem', '2xl': '1.5rem' },
};
