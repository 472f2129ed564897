package com.example.citi.au.customers.server.problem;

import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what the servlet container itself rejects, and what failed in a filter (such as a
 * security chain's client lookup while the database is unreachable), in the spec's error shape,
 * never a default page.
 */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ErrorResponse> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure)) {
            return DatabaseUnavailable.answer();
        }
        if (status == null || status.is5xxServerError()) {
            return ResponseEntity.internalServerError().body(ApiErrors.serverUnavailable());
        }
        if (status == HttpStatus.NOT_FOUND) {
            return ResponseEntity.status(status).body(ApiErrors.resourceNotFound(null));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiErrors.invalidRequest(null));
    }
}
