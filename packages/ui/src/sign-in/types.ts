export interface SignInCredentials {
  email: string;
  password: string;
}

export type SignInFieldErrors = Partial<Record<keyof SignInCredentials, string>>;

/**
 * What one sign-in attempt reports back to the form. `ok: true` means the caller is already
 * navigating away, so the form stays busy instead of flashing back to idle.
 */
export type SignInResult =
  | { ok: true }
  | {
      ok: false;
      /** Shown above the fields; omit when the field errors say it all. */
      message?: string;
      /** Rate limiting is a wait, not a mistake: it gets the warning tone. */
      tone?: 'danger' | 'warning';
      fieldErrors?: SignInFieldErrors;
    };

/** A seeded demo account as the API lists it. */
export interface DemoAccountOption {
  email: string;
  name: string;
  isPlatformOperator: boolean;
  memberships: readonly { storeSlug: string; role: string }[];
}
