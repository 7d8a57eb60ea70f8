package dev.flaskspring.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A one-request HTTP/1.1 client over a loopback socket that keeps the response's header lines as sent. */
final class RawHttp {

    /** The status line's code and the header lines, unparsed. */
    record Answer(int status, List<String> headerLines) {

        /** The values of every header {@code name} (case-insensitive), as sent. */
        List<String> headers(String name) {
            List<String> out = new ArrayList<>();
            for (String line : headerLines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    out.add(line.substring(colon + 1).trim());
                }
            }
            return out;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with {@code headers} ({@code "Name: value"}) and reads the answer's head. */
    static Answer send(int port, String method, String target, List<String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headers.forEach(h -> request.append(h).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String head = readHead(socket.getInputStream());
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            return new Answer(status, List.of(lines).subList(1, lines.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int last4 = 0;
        int c;
        while (last4 != 0x0d0a0d0a && (c = in.read()) >= 0) {
            out.write(c);
            last4 = (last4 << 8) | c;
        }
        return out.toString(StandardCharsets.ISO_8859_1).trim();
    }
}
