package dev.flaskspring.migrate;

import dev.flaskspring.cli.AppGroup;
import dev.flaskspring.cli.ClickException;
import dev.flaskspring.cli.CliArgument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/**
 * The {@code db} command group, with Flask-Migrate's command names and Alembic's way of printing versions;
 * Flask-Migrate's {@code cli.py}. A failure prints {@code Error: ...} and exits with 1.
 */
final class DbCommands {

    private final Migrate migrate;

    DbCommands(Migrate migrate) {
        this.migrate = migrate;
    }

    /** The group to add under {@code db}. */
    AppGroup group() {
        AppGroup db = new AppGroup();
        db.command("upgrade", "Upgrade to a later version.", List.of(),
                List.of(CliArgument.optional("TARGET").describedAs("The version to stop at; the latest by default.")),
                ctx -> upgrade(ctx, CliArgument.value(ctx, 0)));
        db.command("current", "Display the current version for a database.", List.of(), List.of(),
                ctx -> current(ctx.outputWriter()));
        db.command("history", "List the migrations in chronological order.", List.of(), List.of(),
                ctx -> history(ctx.outputWriter()));
        db.command("stamp", "'stamp' the version table with the given version; don't run any migrations.", List.of(),
                List.of(CliArgument.required("VERSION").describedAs("The version to record, or 'head' for the latest.")),
                ctx -> stamp(ctx.outputWriter(), CliArgument.value(ctx, 0)));
        db.command("revision", "Create a new, empty migration file.",
                List.of(CommandOption.with().shortName('m').longName("message").type(String.class).required(true)
                        .description("Revision message").build()),
                List.of(), ctx -> revision(ctx));
        db.command("check", "Check if there are migrations not yet applied.", List.of(), List.of(),
                ctx -> check(ctx.outputWriter()));
        db.command("downgrade", "Revert to a previous version (Flyway does not: see the message).", List.of(),
                List.of(CliArgument.optional("TARGET")), ctx -> downgrade());
        return db;
    }

    private void upgrade(CommandContext ctx, String target) {
        PrintWriter out = ctx.outputWriter();
        MigrateResult result;
        try {
            result = migrate.upgrade(target);
        } catch (FlywayException e) {
            if (e instanceof FlywayMigrateException failed && failed.getErrorResult() != null) {
                printApplied(out, failed.getErrorResult().initialSchemaVersion,
                        failed.getErrorResult().getSuccessfulMigrations());
            }
            ClickException failure = failure("The upgrade failed", e);
            MigrationInfo now = run(migrate::current);
            throw new ClickException(failure.getMessage() + "\nThe database stays at "
                    + (now == null ? "no version (nothing applied)" : "version " + now.getVersion()) + ".", e);
        }
        String last = printApplied(out, result.initialSchemaVersion, result.migrations);
        if (result.migrations.isEmpty()) {
            out.println(last.isEmpty() ? "No migration to apply." : "Already at version " + last + ".");
        }
    }

    /** Alembic's {@code Running upgrade 1 -> 2, description} for each migration applied; returns the last version. */
    private static String printApplied(PrintWriter out, String initialVersion, List<MigrateOutput> applied) {
        String from = initialVersion == null ? "" : initialVersion;
        for (MigrateOutput migration : applied) {
            out.println("Running upgrade " + from + " -> " + migration.version + ", " + migration.description);
            from = migration.version;
        }
        out.flush();
        return from;
    }

    private void current(PrintWriter out) {
        MigrationInfo current = run(migrate::current);
        if (current != null) {
            out.println(current.getVersion() + (run(migrate::pending).isEmpty() ? " (head)" : ""));
        }
    }

    private void history(PrintWriter out) {
        List<MigrationInfo> all = run(migrate::history);
        MigrationInfo current = run(migrate::current);
        for (int i = all.size() - 1; i >= 0; i--) {
            MigrationInfo info = all.get(i);
            String previous = i == 0 ? "<base>" : all.get(i - 1).getVersion().toString();
            String marks = (i == all.size() - 1 ? " (head)" : "")
                    + (current != null && current.getVersion().equals(info.getVersion()) ? " (current)" : "");
            out.println(previous + " -> " + info.getVersion() + marks + ", " + info.getDescription());
        }
    }

    private void stamp(PrintWriter out, String version) {
        MigrationInfo current = run(migrate::current);
        if (current != null) {
            throw new ClickException("The database is already at version " + current.getVersion() + ". Flyway records"
                    + " a version without running its migration only on a database with no migration history yet;"
                    + " use 'db upgrade' to move it forward.");
        }
        String target = version;
        if (version.equals("head")) {
            List<MigrationInfo> all = run(migrate::history);
            if (all.isEmpty()) {
                throw new ClickException("There is no migration, so no head version to stamp.");
            }
            target = all.get(all.size() - 1).getVersion().toString();
        }
        String stamped = target;
        run(() -> {
            migrate.stamp(stamped);
            return null;
        });
        out.println("Stamped the database at version " + stamped + ".");
    }

    private void revision(CommandContext ctx) throws IOException {
        Path file;
        try {
            file = migrate.revision(ctx.getOptionByName("message").value());
        } catch (IllegalStateException e) {
            throw new ClickException(e.getMessage());
        } catch (FlywayException e) {
            throw failure("Cannot read the existing migrations", e);
        }
        ctx.outputWriter().println("Generating " + file.toAbsolutePath() + " ...  done");
    }

    private void check(PrintWriter out) {
        List<MigrationInfo> pending = run(migrate::pending);
        if (!pending.isEmpty()) {
            throw new ClickException("Target database is not up to date: " + pending.size() + " migration"
                    + (pending.size() == 1 ? "" : "s") + " pending ("
                    + String.join(", ", pending.stream().map(DbCommands::script).toList()) + "). Run 'db upgrade'.");
        }
        out.println("No new upgrade operations detected.");
    }

    private static void downgrade() {
        throw new ClickException("Flyway does not downgrade: an applied migration is never undone, so that every"
                + " database's history stays the same. To revert a change, write a migration that reverses it"
                + " ('db revision -m \"revert ...\"'), then apply it with 'db upgrade'.");
    }

    private static String script(MigrationInfo info) {
        return info.getScript() == null ? String.valueOf(info.getVersion())
                : Path.of(info.getScript()).getFileName().toString();
    }

    /** Runs a Flyway call, turning its failure into the command's error. */
    private static <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (FlywayException e) {
            throw failure("Flyway failed", e);
        }
    }

    /**
     * A Flyway failure as one message: the file and the statement that failed, with the database's error,
     * when a migration failed; Flyway's message otherwise.
     */
    static ClickException failure(String what, FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException script) {
                String file = script.getResource() == null ? "?" : script.getResource().getFilename();
                String cause = script.getCause() == null ? "" : script.getCause().getMessage();
                return new ClickException("Migration " + file + " failed at line " + script.getLineNumber() + ": "
                        + script.getStatement().strip() + "\n" + cause, e);
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        if (message.contains("without schema history table") || message.contains("non-empty schema")) {
            return new ClickException("The database has tables but no migration history: record the version"
                    + " its tables are at first, with 'db stamp VERSION'.", e);
        }
        return new ClickException(what + ": " + message, e);
    }
}
