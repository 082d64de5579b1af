import { describe, expect, it } from 'vitest';
import { appSpec } from './apps';
import { assertPortsFree, portInUseMessage } from './ports';

const apps = [
  appSpec('storefront', 3000),
  appSpec('admin', 3001),
  appSpec('builder', 3002),
  appSpec('platform', 3003),
];

describe('portInUseMessage', () => {
  it('names the port, the app and the variable that moves it', () => {
    expect(portInUseMessage(appSpec('admin', 3001))).toBe(
      'Port 3001 (admin) is already in use; stop the other process or set STORELOOM_ADMIN_PORT',
    );
  });
});

describe('assertPortsFree', () => {
  it('passes when every port is free', async () => {
    await expect(assertPortsFree(apps, () => Promise.resolve(false))).resolves.toBeUndefined();
  });

  it('fails with one line for the first busy port, on IPv4 or IPv6', async () => {
    await expect(assertPortsFree(apps, (port) => Promise.resolve(port === 3001))).rejects.toThrow(
      /^Port 3001 \(admin\) is already in use; stop the other process or set STORELOOM_ADMIN_PORT$/,
    );
    await expect(
      assertPortsFree(apps, (port, host) => Promise.resolve(port === 3003 && host === '::1')),
    ).rejects.toThrow('Port 3003 (platform)');
  });

  it('rejects two apps configured on the same port', async () => {
    const clash = [appSpec('storefront', 3000), appSpec('admin', 3000)];
    await expect(assertPortsFree(clash, () => Promise.resolve(false))).rejects.toThrow(
      'storefront and admin are both set to port 3000; change STORELOOM_ADMIN_PORT',
    );
  });
});
