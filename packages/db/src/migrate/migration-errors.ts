/** Base class so callers can tell migration problems from connection problems. */
export class MigrationError extends Error {
  override readonly name: string = 'MigrationError';
}

/** A migration's SQL failed; the transaction was rolled back and nothing of it remains. */
export class MigrationFailedError extends MigrationError {
  override readonly name = 'MigrationFailedError';
  constructor(
    readonly migrationName: string,
    readonly postgresMessage: string,
    options?: ErrorOptions,
  ) {
    super(`Migration ${migrationName} failed and was rolled back: ${postgresMessage}`, options);
  }
}

/** An applied migration's file changed afterwards; the database no longer matches the history. */
export class MigrationChecksumError extends MigrationError {
  override readonly name = 'MigrationChecksumError';
  constructor(readonly migrationNames: readonly string[]) {
    super(
      `Applied migration${migrationNames.length > 1 ? 's were' : ' was'} modified after being applied: ${migrationNames.join(', ')}. ` +
        'Restore the original migration.sql and put the change in a new migration.',
    );
  }
}

/** `prisma migrate deploy` left a failed row behind; it must be resolved before anything else runs. */
export class FailedMigrationPresentError extends MigrationError {
  override readonly name = 'FailedMigrationPresentError';
  constructor(readonly migrationNames: readonly string[]) {
    super(
      `The database has failed migrations recorded: ${migrationNames.join(', ')}. ` +
        'Fix the database, then run `prisma migrate resolve --rolled-back <name>` (or --applied).',
    );
  }
}
