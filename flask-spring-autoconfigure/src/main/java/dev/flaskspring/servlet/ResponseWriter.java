package dev.flaskspring.servlet;

import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/** Writes a Flask {@link Response} to the servlet response: status, headers, then the body (none for HEAD). */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    /** Writes {@code response}; a streamed body is written and flushed chunk by chunk. */
    public static void write(Response response, Request request, HttpServletResponse out) throws IOException {
        out.setStatus(response.statusCode());
        response.headers().forEach(out::addHeader);
        if ("HEAD".equals(request.method())) {
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
