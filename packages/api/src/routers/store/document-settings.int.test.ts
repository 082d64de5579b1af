import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (store: 'storeA' | 'storeB', role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture[store].members[role], setup.fixture[store].tenantId),
  });

const details = {
  addressLines: ['12 Harbour Road', 'Portsmouth PO1 2AB'],
  website: 'https://alpha.example',
  taxNumber: 'GB123456789',
  invoiceNotes: 'Bank transfer to 12-34-56 / 12345678 within 14 days.',
};

describe('store document settings', () => {
  it('reads the defaults before anything is saved', async () => {
    expect(await as('storeA', 'viewer').store.documentSettings()).toEqual({
      addressLines: [],
      website: null,
      taxNumber: null,
      invoiceNotes: null,
    });
  });

  it('saves them for this store only and audits before and after', async () => {
    expect(await as('storeA', 'admin').store.updateDocumentSettings(details)).toEqual(details);
    expect(await as('storeA', 'viewer').store.documentSettings()).toEqual(details);
    expect((await as('storeB', 'owner').store.documentSettings()).taxNumber).toBeNull();
    const entry = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'documents.settings.updated', tenantId: setup.fixture.storeA.tenantId },
    });
    expect(entry?.before).toMatchObject({ taxNumber: null });
    expect(entry?.after).toMatchObject({ taxNumber: 'GB123456789' });
  });

  it('refuses staff and viewers', async () => {
    for (const role of ['staff', 'viewer'] as const) {
      await expect(as('storeA', role).store.updateDocumentSettings(details)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('rejects too many address lines and over-long notes with a message and keeps the old', async () => {
    const caller = as('storeA', 'owner');
    await caller.store.updateDocumentSettings(details);
    await expect(
      caller.store.updateDocumentSettings({ ...details, addressLines: Array(7).fill('Line') }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.store.updateDocumentSettings({ ...details, invoiceNotes: 'x'.repeat(2001) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await caller.store.documentSettings()).toEqual(details);
  });
});
