package com.example.citi.au.customers.server.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body can be read once for its fingerprint and once more by Spring MVC. It is
 * read only when asked for ({@link #bytes()}), through the body size limit of the filters before,
 * whose error then reaches Spring MVC's error handling as it would have from the body's reader.
 */
final class ReplayableBody extends HttpServletRequestWrapper {

    private byte[] bytes;

    ReplayableBody(HttpServletRequest request) {
        super(request);
    }

    byte[] bytes() throws IOException {
        if (bytes == null) {
            bytes = super.getInputStream().readAllBytes();
        }
        return bytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        return bytes == null ? super.getInputStream() : new Replay(bytes);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (bytes == null) {
            return super.getReader();
        }
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), charset));
    }

    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream in;

        Replay(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body was read already");
        }
    }
}
