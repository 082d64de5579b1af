export { migrate, type MigrateOptions, type MigrateResult } from './migrate';
export { readMigrations, type LocalMigration } from './read-migrations';
export { migrationChecksum, checksumMatches } from './checksum';
export {
  MigrationError,
  MigrationFailedError,
  MigrationChecksumError,
  FailedMigrationPresentError,
} from './migration-errors';
