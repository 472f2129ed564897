package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer's preferred mobile number and email address as registered now, before any pending change. */
@Repository
class OtpDestinations {

    private final JdbcClient jdbc;

    OtpDestinations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OtpDestination> preferred(CustomerId customer, OtpChannel channel) {
        return channel == OtpChannel.SMS ? preferredMobile(customer) : preferredEmail(customer);
    }

    private Optional<OtpDestination> preferredMobile(CustomerId customer) {
        return jdbc.sql("""
                        select phone_country_code, area_code, phone_number from customer_phone
                        where customer_id = :customer and preferred and phone_type = 'MOBILE'
                        order by phone_key
                        """)
                .param("customer", customer.value())
                .query((rs, row) -> new OtpDestination(OtpChannel.SMS, DestinationMasks.phone(
                        rs.getString("phone_country_code"), rs.getString("area_code"), rs.getString("phone_number"))))
                .stream()
                .findFirst();
    }

    private Optional<OtpDestination> preferredEmail(CustomerId customer) {
        return jdbc.sql("""
                        select email_address from customer_email
                        where customer_id = :customer and preferred
                        order by email_key
                        """)
                .param("customer", customer.value())
                .query((rs, row) -> new OtpDestination(OtpChannel.EMAIL,
                        DestinationMasks.email(rs.getString("email_address"))))
                .stream()
                .findFirst();
    }
}
