package com.example.citi.au.customers.server.reset;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static com.example.citi.au.customers.server.support.StepUpSteps.confirmation;
import static com.example.citi.au.customers.server.support.StepUpSteps.controlFlowOf;
import static com.example.citi.au.customers.server.support.StepUpSteps.passwordIn;
import static com.example.citi.au.customers.server.support.StepUpSteps.smsRequest;
import static com.example.citi.au.customers.server.support.StepUpSteps.validation;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxCaller;
import com.example.citi.au.customers.server.support.SpecOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sandbox reset, on whichever database the subclass runs the server: a customer changed in
 * every way the API allows is read back, and stored, exactly as on a freshly seeded database; the
 * other customers keep their changes; only the customer of the token is reset.
 */
abstract class SandboxResetBehaviour extends ApiIntegrationTest {

    static final String RESET = "/sandbox/v1/customers/reset";
    private static final String EMAILS = "/v1/customers/profiles/emails";
    private static final String PHONES = "/v1/customers/profiles/phoneNumbers";
    private static final Map<Long, String> CARDS = Map.of(1L, "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d",
            2L, "9a8b7c6d5e4f30211a2b3c4d5e6f7081");

    @Autowired
    private DataSource dataSource;

    @Test
    void answersEveryReadOfAChangedCustomerAsOnAFreshlySeededDatabase() {
        Map<String, String> seeded = everyRead(OLIVIA);
        changeEverything(OLIVIA);
        assertThat(everyRead(OLIVIA)).as("the changes show").isNotEqualTo(seeded);
        clock.advance(Duration.ofMinutes(3));

        ApiResponse reset = reset(OLIVIA);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("customer").asLong()).isEqualTo(1);
        assertThat(reset.json().path("resetDateTime").asString()).isEqualTo(clock.instant().toString());
        assertThat(everyRead(OLIVIA)).isEqualTo(seeded);
    }

    @Test
    void storesEveryRowOfTheCustomerAsSeeded() {
        List<String> seeded = rowsOf(1);
        changeEverything(OLIVIA);

        reset(OLIVIA);

        assertThat(rowsOf(1)).isEqualTo(seeded);
    }

    @Test
    void leavesTheOtherCustomersWithTheirChanges() {
        changeEverything(LIAM);
        String liamsOpenFlow = stepUp(LIAM, PHONES, """
                {"phones":[{"phoneKey":3102,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"498765432",
                            "preferredPhoneFlag":true}]}""");
        String password = sendAndReadPassword(LIAM, liamsOpenFlow);
        changeEverything(OLIVIA);
        Map<String, String> liamsReads = everyRead(LIAM);
        List<String> liamsRows = rowsOf(2);
        List<String> charlottesRows = rowsOf(3);

        reset(OLIVIA);

        assertThat(everyRead(LIAM)).isEqualTo(liamsReads);
        assertThat(rowsOf(2)).isEqualTo(liamsRows);
        assertThat(rowsOf(3)).isEqualTo(charlottesRows);
        assertThat(put(LIAM, "/v1/mfa/otp", validation(liamsOpenFlow, password)).send().status()).isEqualTo(200);
        assertThat(post(LIAM, PHONES + "/confirmation", confirmation(liamsOpenFlow)).send().status()).isEqualTo(200);
    }

    @Test
    void endsTheCustomersOpenControlFlowsAndEmptiesTheOutbox() {
        String openFlow = stepUp(OLIVIA, EMAILS, """
                {"emails":[{"emailAddress":"olivia.work@example.com","preferredEmailFlag":false}]}""");
        String password = sendAndReadPassword(OLIVIA, openFlow);

        reset(OLIVIA);

        assertThat(get(OLIVIA, "/sandbox/v1/otpOutbox").send().json().path("messages").size()).isZero();
        ApiResponse validation = put(OLIVIA, "/v1/mfa/otp", validation(openFlow, password)).send();
        assertThat(validation.status()).isEqualTo(404);
        assertThat(validation.errorLocation()).isEqualTo("controlFlowId");
    }

    @Test
    void changesNothingOnAFreshlySeededCustomer() {
        Map<String, String> seeded = everyRead(CHARLOTTE);
        List<String> rows = rowsOf(3);

        ApiResponse reset = reset(CHARLOTTE);

        assertThat(reset.json().path("customer").asLong()).isEqualTo(3);
        assertThat(everyRead(CHARLOTTE)).isEqualTo(seeded);
        assertThat(rowsOf(3)).isEqualTo(rows);
    }

    @Test
    void refusesATokenWithoutTheScopeToChangeTheCustomer() {
        List<String> rows = rowsOf(3);

        ApiResponse partner = reset(PARTNER_FOR_CHARLOTTE);
        ApiResponse readOnly = reset(OLIVIA_READ_ONLY);

        assertThat(partner.status()).isEqualTo(403);
        assertThat(partner.errorCode()).isEqualTo("accessNotConfigured");
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(rowsOf(3)).isEqualTo(rows);
    }

    private ApiResponse reset(SandboxCaller caller) {
        return as(caller, "POST", RESET).send();
    }

    /** Every read the API offers a customer app, by what it reads: status and body. */
    private Map<String, String> everyRead(SandboxCaller caller) {
        Map<String, String> reads = new LinkedHashMap<>();
        Stream.of("/v1/customers/profiles", "/v1/customers/profiles/addresses", "/v1/customers/profiles/basic", EMAILS,
                        PHONES, "/v1/customers/alerts", "/v1/customers/profile/images", "/sandbox/v1/otpOutbox")
                .forEach(path -> reads.put(path, answer(get(caller, path).send())));
        reads.put("alert history", answer(get(caller, "/v1/customers/alerts/history").query("requestSize=50").send()));
        String card = CARDS.get(caller.customerId());
        if (card != null) {
            reads.put("card addresses", answer(get(caller, "/v1/cards/accounts/" + card + "/addresses").send()));
        }
        return reads;
    }

    /** Changes what the API lets a customer change: an email, a pending phone number, the image, alerts, an offer. */
    private void changeEverything(SandboxCaller caller) {
        String emailFlow = stepUp(caller, EMAILS, """
                {"emails":[{"emailAddress":"changed@example.org","preferredEmailFlag":true}]}""");
        assertThat(put(caller, "/v1/mfa/otp", validation(emailFlow, sendAndReadPassword(caller, emailFlow))).send().status())
                .isEqualTo(200);
        assertThat(post(caller, EMAILS + "/confirmation", confirmation(emailFlow)).send().status()).isEqualTo(200);
        sendAndReadPassword(caller, stepUp(caller, PHONES, """
                {"phones":[{"phoneType":"HOME","phoneCountryCode":"61","areaCode":"2","phoneNumber":"90001234",
                            "preferredPhoneFlag":false}]}"""));
        assertThat(put(caller, "/v1/customers/profile/images", example("updateCustomerProfileImage")).send().status())
                .isEqualTo(200);
        assertThat(put(caller, "/v1/communications/alerts/profilesAndSubscriptions", """
                {"alertProfile":{"preferredDeliveryChannel":"PUSH","alertsActiveFlag":false}}""").send().status())
                .isEqualTo(200);
        if (caller == OLIVIA) {
            assertThat(put(caller, "/v1/offers", example("updateOffer")).send().status()).isEqualTo(200);
            assertThat(post(caller, "/v1/sales/customers/offers/fulfillments", example("fulfillOffer")).send().status())
                    .isBetween(200, 299);
        }
    }

    /**
     * Every stored row of the customer as text, in a stable order: the rows of every table with a
     * customer_id, and of every other table with an account_id of one of the customer's card accounts.
     */
    private List<String> rowsOf(long customer) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> rows = new ArrayList<>();
        List<String> byCustomer = tablesWith("customer_id");
        for (String table : byCustomer) {
            rows.addAll(rows(jdbc, table, "customer_id = :customer", customer));
        }
        for (String table : tablesWith("account_id").stream().filter(table -> !byCustomer.contains(table)).toList()) {
            rows.addAll(rows(jdbc, table,
                    "account_id in (select account_id from card_account where customer_id = :customer)", customer));
        }
        return rows;
    }

    private List<String> tablesWith(String column) {
        return JdbcClient.create(dataSource)
                .sql("select table_name from information_schema.columns where lower(column_name) = :column"
                        + " and lower(table_schema) = lower(current_schema) order by table_name")
                .param("column", column)
                .query(String.class)
                .list();
    }

    private static List<String> rows(JdbcClient jdbc, String table, String condition, long customer) {
        return jdbc.sql("select * from " + table + " where " + condition)
                .param("customer", customer)
                .query((rs, row) -> {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        Object value = rs.getObject(column);
                        values.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value));
                    }
                    return table + " " + values;
                })
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private String stepUp(SandboxCaller caller, String path, String change) {
        return controlFlowOf(put(caller, path, change).send());
    }

    private String sendAndReadPassword(SandboxCaller caller, String controlFlowId) {
        assertThat(post(caller, "/v1/mfa/otp", smsRequest(controlFlowId)).send().status()).isEqualTo(200);
        return passwordIn(get(caller, "/sandbox/v1/otpOutbox").query("controlFlowId=" + controlFlowId).send());
    }

    private static String example(String operationId) {
        return SpecOperations.all().stream().filter(operation -> operation.operationId().equals(operationId))
                .findFirst().orElseThrow().exampleBody().orElseThrow();
    }

    private static String answer(ApiResponse response) {
        return response.status() + " " + response.body();
    }
}
