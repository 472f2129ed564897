package com.example.citi.au.customers.server.problem;

import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Where in an unreadable JSON body the problem is, as a path like {@code emails[0].emailKey};
 * a body that is not JSON at all (a syntax error) is wrong as a whole: {@code body}.
 */
final class RequestBodyLocation {

    private RequestBodyLocation() {
    }

    static String of(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof StreamReadException && !(e.getCause() instanceof InputCoercionException)) {
            return "body";
        }
        if (e.getCause() instanceof JacksonException jackson) {
            String path = format(jackson.getPath());
            return path.isEmpty() ? "body" : path;
        }
        return "body";
    }

    private static String format(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
