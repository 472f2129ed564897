package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AlertRepository {

    private static final String SELECT_ALERT = """
            select a.alert_id, a.alert_type, a.alert_description, a.alert_category, a.account_id,
                   c.display_account_number, a.enrollment_status, a.delivery_channels, a.threshold_amount,
                   a.currency_code, a.takes_threshold
              from customer_alert a
              left join card_account c on c.account_id = a.account_id
             where a.customer_id = :customerId
            """;

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AlertProfileSettings> findProfile(CustomerId customer) {
        return jdbc.sql("""
                        select preferred_delivery_channel, email_key, phone_key, language_code, alerts_active
                          from alert_profile
                         where customer_id = :customerId
                        """)
                .param("customerId", customer.value())
                .query((rs, row) -> new AlertProfileSettings(
                        AlertChannel.valueOf(rs.getString("preferred_delivery_channel")),
                        rs.getObject("email_key", Long.class),
                        rs.getObject("phone_key", Long.class),
                        rs.getString("language_code"),
                        rs.getBoolean("alerts_active")))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void saveProfile(CustomerId customer, AlertProfileSettings profile) {
        jdbc.sql("""
                        update alert_profile
                           set preferred_delivery_channel = :channel, email_key = :emailKey, phone_key = :phoneKey,
                               language_code = :languageCode, alerts_active = :active
                         where customer_id = :customerId
                        """)
                .param("channel", profile.preferredChannel().name())
                .param("emailKey", profile.emailKey(), Types.BIGINT)
                .param("phoneKey", profile.phoneKey(), Types.BIGINT)
                .param("languageCode", profile.languageCode())
                .param("active", profile.active())
                .param("customerId", customer.value())
                .update();
    }

    List<CustomerAlert> findAlerts(CustomerId customer, AlertFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT_ALERT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customerId", customer.value());
        if (filter.enrollment() != null) {
            sql.append(" and a.enrollment_status = :enrollment");
            params.put("enrollment", filter.enrollment().name());
        }
        if (filter.alertType() != null) {
            sql.append(" and a.alert_type = :alertType");
            params.put("alertType", filter.alertType());
        }
        if (filter.accountId() != null) {
            sql.append(" and a.account_id = :accountId");
            params.put("accountId", filter.accountId());
        }
        sql.append(" order by a.alert_id");
        return jdbc.sql(sql.toString()).params(params).query(AlertRepository::alert).list();
    }

    /** The customer's alert of this type on this account, or at customer level when accountId is null. */
    Optional<CustomerAlert> findAlert(CustomerId customer, String alertType, String accountId) {
        String account = accountId == null ? " and a.account_id is null" : " and a.account_id = :accountId";
        JdbcClient.StatementSpec statement = jdbc.sql(SELECT_ALERT + " and a.alert_type = :alertType" + account)
                .param("customerId", customer.value())
                .param("alertType", alertType);
        if (accountId != null) {
            statement = statement.param("accountId", accountId);
        }
        return statement.query(AlertRepository::alert).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void saveSubscription(CustomerId customer, CustomerAlert alert) {
        jdbc.sql("""
                        update customer_alert
                           set enrollment_status = :enrollment, delivery_channels = :channels,
                               threshold_amount = :threshold, currency_code = :currency
                         where alert_id = :alertId and customer_id = :customerId
                        """)
                .param("enrollment", alert.enrollment().name())
                .param("channels", AlertChannel.formatList(alert.channels()), Types.VARCHAR)
                .param("threshold", alert.thresholdAmount(), Types.NUMERIC)
                .param("currency", alert.currencyCode(), Types.VARCHAR)
                .param("alertId", alert.alertId())
                .param("customerId", customer.value())
                .update();
    }

    private static CustomerAlert alert(ResultSet rs, int row) throws SQLException {
        return new CustomerAlert(
                rs.getLong("alert_id"),
                rs.getString("alert_type"),
                rs.getString("alert_description"),
                rs.getString("alert_category"),
                rs.getString("account_id"),
                rs.getString("display_account_number"),
                Enrollment.valueOf(rs.getString("enrollment_status")),
                AlertChannel.parseList(rs.getString("delivery_channels")),
                rs.getBigDecimal("threshold_amount"),
                rs.getString("currency_code"),
                rs.getBoolean("takes_threshold"));
    }
}
