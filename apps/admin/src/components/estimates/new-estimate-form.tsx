'use client';

import { ActionNotice } from '@storeloom/ui';
import { useState } from 'react';

import type { Notice } from '@storeloom/ui';
import { EstimateEditor } from './estimate-editor';

/** The editor for an estimate not saved yet; saving opens the new estimate's page. */
export function NewEstimateForm({ currency, locale }: { currency: string; locale: string }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <div className="space-y-4">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}
      <EstimateEditor
        estimate={null}
        currency={currency}
        locale={locale}
        readOnly={false}
        onNotice={setNotice}
      />
    </div>
  );
}
