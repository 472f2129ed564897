package com.example.citi.au.customers.server.problem;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The name a client knows a controller parameter by: the header, query or path name of the spec. */
final class RequestParameterNames {

    private RequestParameterNames() {
    }

    static String nameOf(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return header.value();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null) {
            return query.value();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            return path.value();
        }
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return "body";
        }
        return parameter.getParameterName();
    }
}
