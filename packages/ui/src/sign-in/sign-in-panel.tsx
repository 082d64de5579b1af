'use client';

import { useState, type ReactNode } from 'react';

import { Card } from '../card';
import { cn } from '../cn';
import { DemoAccountList } from './demo-account-list';
import { SignInForm } from './sign-in-form';
import type { DemoAccountOption, SignInCredentials, SignInResult } from './types';

export interface SignInPanelProps {
  /** Product mark shown above the form. */
  brand: ReactNode;
  title: string;
  description?: ReactNode;
  /** Performs the sign-in and, on success, starts navigating away before resolving `{ ok: true }`. */
  signIn: (credentials: SignInCredentials) => Promise<SignInResult>;
  /** Seeded demo accounts; the list is not rendered when there are none. */
  demoAccounts?: readonly DemoAccountOption[];
  demoPassword?: string | null;
  /** Small print under the form, e.g. which app this is. */
  footer?: ReactNode;
}

type Failure = Extract<SignInResult, { ok: false }>;

/**
 * The whole local sign-in screen: the form, and next to it the demo accounts when the API
 * lists any. Owns the form state so picking a demo account can fill it in before submitting.
 */
export function SignInPanel({
  brand,
  title,
  description,
  signIn,
  demoAccounts = [],
  demoPassword,
  footer,
}: SignInPanelProps) {
  const [values, setValues] = useState<SignInCredentials>({ email: '', password: '' });
  const [pendingEmail, setPendingEmail] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Both are needed: accounts without the password could not be used.
  const sharedPassword = demoAccounts.length > 0 && demoPassword ? demoPassword : null;
  const showDemo = sharedPassword !== null;

  async function submit(credentials: SignInCredentials) {
    setPendingEmail(credentials.email);
    setFailure(null);
    const result = await signIn(credentials);
    // On success the page is navigating away; staying busy avoids a flash of the idle form.
    if (result.ok) return;
    setFailure(result);
    setPendingEmail(null);
  }

  function pickDemo(account: DemoAccountOption) {
    if (sharedPassword === null) return;
    const credentials = { email: account.email, password: sharedPassword };
    setValues(credentials);
    void submit(credentials);
  }

  return (
    <div className="flex min-h-dvh items-center justify-center bg-background px-4 py-10 sm:py-16">
      <div
        className={cn(
          'grid w-full items-start gap-6',
          showDemo ? 'max-w-5xl lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]' : 'max-w-sm',
        )}
      >
        <div className="space-y-6">
          <div className="flex justify-center lg:justify-start">{brand}</div>
          <Card className="p-6 sm:p-8">
            <div className="mb-6 space-y-1">
              <h1 className="text-xl font-semibold tracking-tight text-foreground">{title}</h1>
              {description != null && (
                <p className="text-sm text-muted-foreground">{description}</p>
              )}
            </div>
            <SignInForm
              values={values}
              onValuesChange={setValues}
              onSubmit={() => void submit(values)}
              pending={pendingEmail !== null}
              error={
                failure?.message !== undefined
                  ? { message: failure.message, tone: failure.tone ?? 'danger' }
                  : null
              }
              fieldErrors={failure?.fieldErrors}
            />
          </Card>
          {footer != null && (
            <div className="text-center text-xs text-subtle-foreground lg:text-left">{footer}</div>
          )}
        </div>
        {sharedPassword !== null && (
          <Card className="overflow-hidden lg:mt-12 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto">
            <DemoAccountList
              accounts={demoAccounts}
              password={sharedPassword}
              onPick={pickDemo}
              pendingEmail={pendingEmail}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
