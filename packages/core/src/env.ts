import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Stores are served on `{slug}.<root domain>`; custom domains come from the domains table. */
    STORELOOM_ROOT_DOMAIN: z.string().trim().toLowerCase().min(1).default("localhost"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
