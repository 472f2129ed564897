package com.example.citi.au.customers.server.operations;

import com.example.citi.au.customers.server.http.ApiOperations;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Spring's request metrics ({@code http.server.requests}: count and latency by method, status and
 * path pattern) with the contract's {@code operationId} added, so that a dashboard reads them in the
 * contract's words. A request refused before Spring MVC chose a handler (a bad header, a wrong
 * method) still counts for its operation; one outside the contract counts as {@code none}.
 */
final class OperationRequestConvention extends DefaultServerRequestObservationConvention {

    static final String OPERATION_ID = "operationId";
    static final String NONE = "none";

    private final ApiOperations operations;

    OperationRequestConvention(ApiOperations operations) {
        this.operations = operations;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(OPERATION_ID, operationId(context)));
    }

    String operationId(ServerRequestObservationContext context) {
        return operations.operationId(context.getCarrier()).orElse(NONE);
    }
}
