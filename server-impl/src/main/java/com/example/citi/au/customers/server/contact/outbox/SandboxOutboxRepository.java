package com.example.citi.au.customers.server.contact.outbox;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class SandboxOutboxRepository {

    private final JdbcClient jdbc;

    SandboxOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(CustomerId customer, OutboxMessage message) {
        jdbc.sql("""
                        insert into sandbox_outbox_message (customer_id, control_flow_id, channel, destination,
                                                            message_text, sent_at)
                        values (:customer, :controlFlowId, :channel, :destination, :text, :sentAt)
                        """)
                .param("customer", customer.value())
                .param("controlFlowId", message.controlFlowId())
                .param("channel", message.channel())
                .param("destination", message.maskedDestination())
                .param("text", message.text())
                .param("sentAt", message.sentAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The newest messages first; controlFlowId null means all of the customer's flows. */
    List<OutboxMessage> newestFirst(CustomerId customer, String controlFlowId, int limit) {
        String onlyThatFlow = controlFlowId == null ? "" : "and control_flow_id = :controlFlowId";
        var query = jdbc.sql("""
                        select control_flow_id, channel, destination, message_text, sent_at
                        from sandbox_outbox_message
                        where customer_id = :customer %s
                        order by sent_at desc, message_id desc
                        limit :limit
                        """.formatted(onlyThatFlow))
                .param("customer", customer.value())
                .param("limit", limit);
        if (controlFlowId != null) {
            query = query.param("controlFlowId", controlFlowId);
        }
        return query
                .query((rs, row) -> new OutboxMessage(
                        rs.getString("control_flow_id"),
                        rs.getString("channel"),
                        rs.getString("destination"),
                        rs.getString("message_text"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
