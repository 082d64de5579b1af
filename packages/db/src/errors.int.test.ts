import { describe, expect, inject, it } from 'vitest';
import { assertDatabaseReachable } from './errors';
import './testing/provided-context';

describe('assertDatabaseReachable against a real server', () => {
  const server = inject('storeloomTestDatabase');
  const base = new URL(server.maintenanceUrl);

  it('passes for a reachable database', async () => {
    await expect(assertDatabaseReachable(server.maintenanceUrl)).resolves.toBeUndefined();
  });

  it('reports a bad password in one line', async () => {
    const url = new URL(base);
    url.password = 'wrong';
    await expect(assertDatabaseReachable(url.href)).rejects.toThrow(
      `PostgreSQL at 127.0.0.1:${String(server.port)} rejected the password for user "postgres"`,
    );
  });

  it('reports a missing database in one line', async () => {
    const url = new URL(base);
    url.pathname = '/does_not_exist';
    await expect(assertDatabaseReachable(url.href)).rejects.toThrow(
      `Database "does_not_exist" does not exist on 127.0.0.1:${String(server.port)}`,
    );
  });

  it('reports an unknown host in one line', async () => {
    const url = new URL(base);
    url.hostname = 'no-such-host.invalid';
    await expect(assertDatabaseReachable(url.href)).rejects.toThrow(
      /no-such-host\.invalid:\d+: host not found/,
    );
  });
});
