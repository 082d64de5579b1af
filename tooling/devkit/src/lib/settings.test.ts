import { describe, expect, it } from 'vitest';
import { readSettings } from './settings';

describe('readSettings', () => {
  it('defaults to next dev, seeding, ports 3000-3003 and localhost', () => {
    const settings = readSettings({});
    expect(settings.appsMode).toBe('dev');
    expect(settings.seed).toBe(true);
    expect(settings.apps.map((app) => [app.name, app.port])).toEqual([
      ['storefront', 3000],
      ['admin', 3001],
      ['builder', 3002],
      ['platform', 3003],
    ]);
    expect(settings.rootDomain).toBe('localhost');
    expect(settings.databaseUrl).toBeUndefined();
  });

  it('reads overrides, treating empty strings as unset', () => {
    const settings = readSettings({
      STORELOOM_APPS_MODE: 'prod',
      STORELOOM_SEED: 'false',
      STORELOOM_ADMIN_PORT: '4001',
      DATABASE_URL: '',
    });
    expect(settings.appsMode).toBe('prod');
    expect(settings.seed).toBe(false);
    expect(settings.apps.find((app) => app.name === 'admin')?.port).toBe(4001);
    expect(settings.databaseUrl).toBeUndefined();
  });

  it('names the variable in every error', () => {
    expect(() => readSettings({ STORELOOM_BUILDER_PORT: '80a' })).toThrow(
      'STORELOOM_BUILDER_PORT must be a port number between 1 and 65535, got "80a"',
    );
    expect(() => readSettings({ STORELOOM_APPS_MODE: 'production' })).toThrow(
      'STORELOOM_APPS_MODE must be "dev" or "prod"',
    );
    expect(() => readSettings({ STORELOOM_SEED: 'maybe' })).toThrow(
      'STORELOOM_SEED must be "true" or "false"',
    );
  });
});
