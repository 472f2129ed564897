package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.StepUpRequiredException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Holds a change that needs a one-time password, and hands it back once the password was validated. */
@Service
public class StepUp {

    private static final int CONTROL_FLOW_ID_BYTES = 16;

    private final ControlFlowRepository flows;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final StepUpProperties properties;
    private final SecureRandom random = new SecureRandom();

    StepUp(ControlFlowRepository flows, JsonMapper jsonMapper, Clock clock, StepUpProperties properties) {
        this.flows = flows;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.properties = properties;
    }

    /** Stores the change as pending and returns the id of the control flow that completes it. */
    public String hold(CustomerId customer, ChangeKind kind, Object pendingChange) {
        String id = HexFormat.of().formatHex(randomBytes());
        Instant now = clock.instant();
        flows.insert(id, customer, kind, jsonMapper.writeValueAsString(pendingChange), now,
                now.plus(properties.controlFlow().validity()));
        return id;
    }

    /**
     * Marks the customer's validated control flow completed and returns its pending change. It
     * must run in the transaction that applies the change, so that a failed apply leaves the
     * flow validated.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T complete(CustomerId customer, ChangeKind kind, String controlFlowId, Class<T> changeType) {
        Instant now = clock.instant();
        ControlFlow flow = flows.find(customer, controlFlowId)
                .filter(found -> found.kind() == kind)
                .orElseThrow(ControlFlowErrors::notFound);
        flow.requireOpenAt(now);
        if (flow.status() != ControlFlowStatus.VALIDATED) {
            throw new StepUpRequiredException(controlFlowId);
        }
        if (!flows.markCompleted(customer, controlFlowId, now)) {
            throw lostRace(customer, controlFlowId, now);
        }
        return jsonMapper.readValue(flow.pendingChange(), changeType);
    }

    /** Another request moved the flow between our read and our update; report the state it left. */
    private RuntimeException lostRace(CustomerId customer, String controlFlowId, Instant now) {
        flows.find(customer, controlFlowId).orElseThrow(ControlFlowErrors::notFound).requireOpenAt(now);
        return ControlFlowErrors.completed();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[CONTROL_FLOW_ID_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
