export {
  startEmbeddedPostgres,
  embeddedAdmin,
  defaultDatabase,
  type StartEmbeddedPostgresOptions,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresTimings,
} from './start-embedded-postgres';
export { provisionAppRole, defaultAppRole, type AppRoleOptions } from './provision-app-role';
export { ensureDatabase, localUrl } from './ensure-database';
export { registerShutdown } from './shutdown';
export { findFreePort, isPortInUse } from './ports';
export { inspectPostmaster, type PostmasterState } from './postmaster-pid';
export { assertDatabaseReachable, describeDatabaseError, DatabaseStartupError } from '../errors';
