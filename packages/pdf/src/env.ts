import { z } from 'zod';

/**
 * Configuration of the PDF renderer. The package does not depend on `@t3-oss/env-core`, so the
 * same zod schema is parsed by hand; empty strings count as unset, as they do elsewhere.
 */
const envSchema = z.object({
  /** Where Liberation Sans (Regular and Bold TTF) lives; Debian's fonts-liberation by default. */
  STORELOOM_PDF_FONT_DIR: z.string().min(1).default('/usr/share/fonts/truetype/liberation'),
});

const blankToUndefined = (value: string | undefined) => (value === '' ? undefined : value);

export const env = envSchema.parse({
  STORELOOM_PDF_FONT_DIR: blankToUndefined(process.env.STORELOOM_PDF_FONT_DIR),
});
