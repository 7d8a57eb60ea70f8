package dev.flaskspring.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;

/** Answers a command's prompts from a stream of lines; Click's {@code prompt} reading standard input. */
final class LineInputReader implements InputReader {

    private final BufferedReader in;
    private final PrintWriter out;

    LineInputReader(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readInput(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        if (line == null) {
            throw new UsageError("Aborted: no more input.");
        }
        return line;
    }

    /** The lines still to read. */
    BufferedReader reader() {
        return in;
    }

    @Override
    public char[] readPassword(String prompt) throws IOException {
        return readInput(prompt).toCharArray();
    }
}
