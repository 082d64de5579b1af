import { join } from 'node:path';
import { repoRoot } from './repo-root';

export const appNames = ['storefront', 'admin', 'builder', 'platform'] as const;
export type AppName = (typeof appNames)[number];

export const defaultAppPorts: Record<AppName, number> = {
  storefront: 3000,
  admin: 3001,
  builder: 3002,
  platform: 3003,
};

export interface AppSpec {
  name: AppName;
  dir: string;
  port: number;
  /** The variable that moves this app to another port, named in error messages. */
  portVariable: string;
}

export function portVariableOf(name: AppName): string {
  return `STORELOOM_${name.toUpperCase()}_PORT`;
}

export function appSpec(name: AppName, port: number): AppSpec {
  return { name, dir: join(repoRoot, 'apps', name), port, portVariable: portVariableOf(name) };
}

/** Where each app answers once its server and tRPC router are up. */
export function healthUrl(port: number): string {
  return `http://127.0.0.1:${String(port)}/api/trpc/health.check`;
}
