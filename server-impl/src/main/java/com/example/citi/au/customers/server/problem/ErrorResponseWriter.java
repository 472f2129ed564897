package com.example.citi.au.customers.server.problem;

import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an error body from code that runs before Spring MVC, such as the request filters. */
@Component
public class ErrorResponseWriter {

    private final JsonMapper jsonMapper;

    ErrorResponseWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletResponse response, int status, ErrorResponse body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(toJson(body));
    }

    public byte[] toJson(ErrorResponse body) {
        return jsonMapper.writeValueAsBytes(body);
    }
}
