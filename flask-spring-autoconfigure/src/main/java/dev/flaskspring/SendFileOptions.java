package dev.flaskspring;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Options of {@code sendFile}; the keyword arguments of Flask's {@code send_file}.
 * <p>{@code SendFileOptions.builder().asAttachment(true).downloadName("report.csv").build()}. Without a
 * max age, files are sent with {@code Cache-Control: no-cache}; {@code conditional} (default on) answers
 * {@code If-None-Match}/{@code If-Modified-Since} with 304 and {@code Range} with 206 or 416.
 */
public record SendFileOptions(String mimetype, boolean asAttachment, String downloadName, boolean conditional,
        boolean etag, String etagValue, Instant lastModified, Function<String, Duration> maxAge) {

    private static final SendFileOptions DEFAULTS = builder().build();

    /** Flask's defaults: inline, conditional, with an ETag, no max age. */
    public static SendFileOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from Flask's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SendFileOptions}. */
    public static final class Builder {
        private String mimetype;
        private boolean asAttachment;
        private String downloadName;
        private boolean conditional = true;
        private boolean etag = true;
        private String etagValue;
        private Instant lastModified;
        private Function<String, Duration> maxAge;

        private Builder() {
        }

        /** The type sent; default guessed from the download name. */
        public Builder mimetype(String mimetype) {
            this.mimetype = mimetype;
            return this;
        }

        /** Whether the browser should save the file ({@code Content-Disposition: attachment}). */
        public Builder asAttachment(boolean asAttachment) {
            this.asAttachment = asAttachment;
            return this;
        }

        /** The file name the browser sees; default the file's own name. */
        public Builder downloadName(String downloadName) {
            this.downloadName = downloadName;
            return this;
        }

        /** Whether conditional and range requests are answered (default true). */
        public Builder conditional(boolean conditional) {
            this.conditional = conditional;
            return this;
        }

        /** Whether an ETag is computed from the file (default true). */
        public Builder etag(boolean etag) {
            this.etag = etag;
            return this;
        }

        /** A given ETag value instead of the computed one. */
        public Builder etagValue(String etagValue) {
            this.etagValue = etagValue;
            return this;
        }

        /** The {@code Last-Modified} time; default the file's. */
        public Builder lastModified(Instant lastModified) {
            this.lastModified = lastModified;
            return this;
        }

        /** How long clients may cache the file; null sends {@code no-cache}. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge == null ? null : path -> maxAge;
            return this;
        }

        /**
         * How long clients may cache the file, asked of {@code maxAge} with the file's path (null for a stream);
         * Werkzeug's callable {@code max_age}, as Flask passes {@code get_send_file_max_age}.
         */
        public Builder maxAge(Function<String, Duration> maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** The options. */
        public SendFileOptions build() {
            return new SendFileOptions(mimetype, asAttachment, downloadName, conditional, etag, etagValue, lastModified,
                    maxAge);
        }
    }
}
