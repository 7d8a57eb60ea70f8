package dev.flaskspring.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes no HTTP client would send to a loopback server and reads the status of the answer. */
final class RawHttp {

    private RawHttp() {
    }

    /** The status code of the answer to {@code request} (sent as ISO-8859-1 bytes), or -1 when none came. */
    static int status(int port, String request) {
        return status(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The status code of the answer to {@code request}, or -1 when the server closed without answering. */
    static int status(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            String[] words = line.toString().split(" ");
            return words.length > 1 && words[0].startsWith("HTTP/") ? Integer.parseInt(words[1]) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
