package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Refuses a request body larger than the largest the spec allows (the 1 MiB image, base64 in
 * JSON, is about 1.4 MB) before anything reads it: by its Content-Length, or while reading a
 * chunked body.
 */
class RequestBodySizeFilter extends HttpFilter {

    static final long MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final ErrorResponseWriter errorWriter;

    RequestBodySizeFilter(ErrorResponseWriter errorWriter) {
        this.errorWriter = errorWriter;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            errorWriter.write(response, HttpStatus.BAD_REQUEST.value(), ApiErrors.invalidRequest("body"));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request) : request, response);
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > MAX_BODY_BYTES) {
                throw new HttpMessageNotReadableException("the body is larger than " + MAX_BODY_BYTES + " bytes", null);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
