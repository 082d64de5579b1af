import type { AppSpec } from './apps';
import { DevkitError } from './errors';

export type PortProbe = (port: number, host?: string) => Promise<boolean>;

export function portInUseMessage(app: Pick<AppSpec, 'name' | 'port' | 'portVariable'>): string {
  return `Port ${String(app.port)} (${app.name}) is already in use; stop the other process or set ${app.portVariable}`;
}

/**
 * Fails with one line naming the first busy port. Checks IPv4 and IPv6 loopback: `next dev`
 * listens on both, so a server bound to either one would make it fail later, less clearly.
 */
export async function assertPortsFree(
  apps: readonly AppSpec[],
  isPortInUse: PortProbe,
): Promise<void> {
  const seen = new Map<number, AppSpec>();
  for (const app of apps) {
    const other = seen.get(app.port);
    if (other !== undefined) {
      throw new DevkitError(
        `${other.name} and ${app.name} are both set to port ${String(app.port)}; change ${app.portVariable}`,
      );
    }
    seen.set(app.port, app);
  }
  for (const app of apps) {
    const busy = (await isPortInUse(app.port, '127.0.0.1')) || (await isPortInUse(app.port, '::1'));
    if (busy) throw new DevkitError(portInUseMessage(app));
  }
}
