package com.example.citi.au.customers.server.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers what it refuses before the application sees it (a malformed header line, a
 * request head over its size limit, an encoded slash in the path) with its own HTML page; this
 * valve writes the spec's ErrorResponse instead. Public, as Tomcat instantiates it by name.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final String INVALID_REQUEST =
            "{\"type\":\"invalid\",\"code\":\"invalidRequest\",\"details\":\"Missing or invalid parameters\"}";
    private static final String RESOURCE_NOT_FOUND =
            "{\"type\":\"error\",\"code\":\"resourceNotFound\",\"details\":\"Empty resource/resource not found\"}";
    private static final String SERVER_UNAVAILABLE =
            "{\"type\":\"fatal\",\"code\":\"serverUnavailable\",\"details\":\"The request failed due to an internal error\"}";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body;
        if (status >= 500) {
            response.setStatus(500);
            body = SERVER_UNAVAILABLE;
        } else if (status == 404) {
            body = RESOURCE_NOT_FOUND;
        } else {
            response.setStatus(400);
            body = INVALID_REQUEST;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is already gone or the response committed: nothing more to tell.
        }
    }
}
