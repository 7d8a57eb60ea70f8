package dev.flaskspring.cli;

/**
 * What one command line did under {@link FlaskCliRunner}: exit status, output (standard output and error,
 * interleaved) and the exception that ended it; Click's {@code Result}.
 */
public record CliResult(int exitCode, String output, Throwable exception) {
}
