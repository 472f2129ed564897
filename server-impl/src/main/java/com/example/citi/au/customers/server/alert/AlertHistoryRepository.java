package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AlertHistoryRepository {

    private final JdbcClient jdbc;

    AlertHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The customer's alerts sent in [sentFrom, sentBefore), newest first, skipping {@code offset} and returning at
     * most {@code limit}; null bounds, type or account do not filter.
     */
    List<AlertHistoryEntry> find(CustomerId customer, Instant sentFrom, Instant sentBefore, String alertType,
                                 String accountId, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select h.alert_reference_id, h.alert_type, h.alert_description, h.alert_message, h.delivery_channel,
                       h.delivery_status, h.alert_date_time, h.account_id, c.display_account_number
                  from alert_history h
                  left join card_account c on c.account_id = h.account_id
                 where h.customer_id = :customerId
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customerId", customer.value());
        if (sentFrom != null) {
            sql.append(" and h.alert_date_time >= :sentFrom");
            params.put("sentFrom", OffsetDateTime.ofInstant(sentFrom, ZoneOffset.UTC));
        }
        if (sentBefore != null) {
            sql.append(" and h.alert_date_time < :sentBefore");
            params.put("sentBefore", OffsetDateTime.ofInstant(sentBefore, ZoneOffset.UTC));
        }
        if (alertType != null) {
            sql.append(" and h.alert_type = :alertType");
            params.put("alertType", alertType);
        }
        if (accountId != null) {
            sql.append(" and h.account_id = :accountId");
            params.put("accountId", accountId);
        }
        sql.append(" order by h.alert_date_time desc, h.alert_reference_id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(AlertHistoryRepository::entry).list();
    }

    private static AlertHistoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new AlertHistoryEntry(
                rs.getString("alert_reference_id"),
                rs.getString("alert_type"),
                rs.getString("alert_description"),
                rs.getString("alert_message"),
                AlertChannel.valueOf(rs.getString("delivery_channel")),
                rs.getString("delivery_status"),
                rs.getObject("alert_date_time", OffsetDateTime.class).toInstant(),
                rs.getString("account_id"),
                rs.getString("display_account_number"));
    }
}
