package com.example.citi.au.customers.server.durability;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a load-test customer's writes leave behind: the preferred email address and mobile, the
 * low-balance threshold, the control flows the client knows by id, and those it never learnt the
 * id of (a change held by a request whose answer was lost).
 */
record CustomerState(String email, String phone, BigDecimal threshold, Map<String, FlowState> flows,
                     List<FlowState> unnamedFlows) {

    static CustomerState seeded(LoadTestCustomer customer) {
        return new CustomerState(customer.email(), customer.phone(), customer.threshold(), Map.of(), List.of());
    }

    CustomerState withEmail(String newEmail) {
        return new CustomerState(newEmail, phone, threshold, flows, unnamedFlows);
    }

    CustomerState withPhone(String newPhone) {
        return new CustomerState(email, newPhone, threshold, flows, unnamedFlows);
    }

    CustomerState withThreshold(BigDecimal newThreshold) {
        return new CustomerState(email, phone, newThreshold, flows, unnamedFlows);
    }

    CustomerState withFlow(String controlFlowId, FlowState state) {
        Map<String, FlowState> changed = new LinkedHashMap<>(flows);
        changed.put(controlFlowId, state);
        return new CustomerState(email, phone, threshold, Map.copyOf(changed), unnamedFlows);
    }

    CustomerState withUnnamedFlow(FlowState state) {
        return new CustomerState(email, phone, threshold, flows,
                Stream.concat(unnamedFlows.stream(), Stream.of(state)).toList());
    }
}
