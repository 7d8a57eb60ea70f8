package dev.flaskspring.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;

/**
 * Answers a command's prompts from a stream of lines, Click's {@code prompt} reading standard input; and holds
 * the command line's streams for {@code shell}, which reads and writes them itself.
 */
final class LineInputReader implements InputReader {

    private final InputStream input;
    private final PrintStream output;
    private final PrintStream error;
    private final PrintWriter writer;
    private BufferedReader lines;

    LineInputReader(InputStream input, PrintStream output, PrintStream error, PrintWriter writer) {
        this.input = input;
        this.output = output;
        this.error = error;
        this.writer = writer;
    }

    @Override
    public String readInput(String prompt) throws IOException {
        writer.print(prompt);
        writer.flush();
        if (lines == null) {
            lines = new BufferedReader(new InputStreamReader(input));
        }
        String line = lines.readLine();
        if (line == null) {
            throw new UsageError("Aborted: no more input.");
        }
        return line;
    }

    @Override
    public char[] readPassword(String prompt) throws IOException {
        return readInput(prompt).toCharArray();
    }

    InputStream input() {
        return input;
    }

    PrintStream output() {
        return output;
    }

    PrintStream error() {
        return error;
    }

    /** Whether the input is this process's terminal, which line editing and history need. */
    boolean isTerminal() {
        return input == System.in && System.console() != null;
    }
}
