package dev.flaskspring.servlet;

import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/**
 * Writes a Flask {@link Response} to the servlet response: status, headers as Werkzeug sends them, then the
 * body (none for HEAD, 1xx, 204 and 304).
 */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    /** Writes {@code response}; a streamed body is written and flushed chunk by chunk. */
    public static void write(Response response, Request request, HttpServletResponse out) throws IOException {
        int status = response.statusCode();
        out.setStatus(status);
        response.headersToSend().forEach(out::addHeader);
        if ("HEAD".equals(request.method()) || (status >= 100 && status < 200) || status == 204 || status == 304) {
            return;
        }
        ServletOutputStream body = out.getOutputStream();
        if (response.isStreamed()) {
            Iterator<?> chunks = response.streamIterator();
            while (chunks.hasNext()) {
                body.write(Response.chunkBytes(chunks.next()));
                body.flush();
            }
        } else {
            byte[] data = response.getData();
            if (data.length > 0) {
                body.write(data);
            }
        }
    }
}
