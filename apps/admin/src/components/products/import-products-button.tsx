'use client';

import { Button } from '@storeloom/ui';
import { useState } from 'react';

import { ImportProductsDialog } from './import-products-dialog';

/** "Import" in the page header; the dialog is mounted only while open. */
export function ImportProductsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setOpen(true);
        }}
      >
        Import
      </Button>
      {open && (
        <ImportProductsDialog
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
