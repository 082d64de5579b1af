/** What the global setup hands to every test worker through vitest's provide/inject. */
export interface TestDatabaseServer {
  /** Superuser URL to the server's maintenance database (`postgres`), used to create/drop databases. */
  maintenanceUrl: string;
  port: number;
  templateDatabase: string;
  appRole: { role: string; password: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    storeloomTestDatabase: TestDatabaseServer;
  }
}

export const providedKey = 'storeloomTestDatabase';
export const templateDatabase = 'storeloom_template';
