package com.example.citi.au.customers.server.http;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, refusing a disallowed origin, method or header with 403 in the error model, not plain text. */
final class ErrorModelCorsProcessor extends DefaultCorsProcessor {

    private final ErrorResponseWriter errorWriter;

    ErrorModelCorsProcessor(ErrorResponseWriter errorWriter) {
        this.errorWriter = errorWriter;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getBody().write(errorWriter.toJson(ApiErrors.accessNotConfigured()));
        response.flush();
    }
}
