package com.example.citi.au.customers.server.durability;

import com.example.citi.au.customers.server.durability.Write.ConfirmChange;
import com.example.citi.au.customers.server.durability.Write.Contact;
import com.example.citi.au.customers.server.durability.Write.HoldChange;
import com.example.citi.au.customers.server.durability.Write.SendPassword;
import com.example.citi.au.customers.server.durability.Write.SetAlertThreshold;
import com.example.citi.au.customers.server.durability.Write.ValidatePassword;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.util.concurrent.CountDownLatch;

/**
 * One load-test client: a customer's app that changes the customer's email address and mobile
 * through the whole one-time-password journey, and their alert threshold, over and over, and
 * writes down what the server acknowledged. It stops at the first request the server does not
 * answer; an answer that is not the expected one is a failure.
 */
final class CustomerWriter implements Runnable {

    private final LoadTestCustomer customer;
    private final int port;
    private final CountDownLatch acknowledgements;
    private final Journal journal;
    private volatile Throwable failure;
    private volatile boolean refused;
    private CustomerCalls calls;

    /** {@code acknowledgements} is counted down at each acknowledged write. */
    CustomerWriter(LoadTestCustomer customer, int port, CountDownLatch acknowledgements) {
        this.customer = customer;
        this.port = port;
        this.acknowledgements = acknowledgements;
        this.journal = new Journal(customer);
    }

    Journal journal() {
        return journal;
    }

    /** An unexpected answer, or an answer that does not match the spec; null if none. */
    Throwable failure() {
        return failure;
    }

    /** Whether the client stopped because the server refused its connection, so its last request was never sent. */
    boolean refused() {
        return refused;
    }

    @Override
    public void run() {
        try {
            calls = new CustomerCalls(port, customer.id());
            for (int round = 1; ; round++) {
                changeThroughStepUp(Contact.EMAIL, "load." + customer.id() + "." + round + "@example.org");
                write(new SetAlertThreshold(BigDecimal.valueOf(round * 2L).setScale(2)));
                changeThroughStepUp(Contact.PHONE, "4%08d".formatted(round));
                write(new SetAlertThreshold(BigDecimal.valueOf(round * 2L + 1).setScale(2)));
            }
        } catch (UncheckedIOException stopped) {
            refused = stopped.getCause() instanceof ConnectException;
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void changeThroughStepUp(Contact contact, String value) {
        String flow = write(new HoldChange(contact, value, null)).json().path("moreInfo").path("controlFlowId")
                .asString();
        write(new SendPassword(flow));
        write(new ValidatePassword(flow, calls.passwordSentFor(flow)));
        write(new ConfirmChange(contact, value, flow));
    }

    private ApiResponse write(Write write) {
        ApiResponse response;
        try {
            response = send(write);
        } catch (UncheckedIOException noAnswer) {
            if (!(noAnswer.getCause() instanceof ConnectException)) {
                journal.unanswered(write);
            }
            throw noAnswer;
        }
        int expected = write instanceof HoldChange ? 403 : 200;
        if (response.status() != expected) {
            throw new AssertionError(write + " answered " + response.status() + ": " + response.body());
        }
        journal.acknowledged(write instanceof HoldChange hold
                ? hold.named(response.json().path("moreInfo").path("controlFlowId").asString())
                : write);
        acknowledgements.countDown();
        return response;
    }

    private ApiResponse send(Write write) {
        if (write instanceof HoldChange hold) {
            return hold.contact() == Contact.EMAIL
                    ? calls.holdEmailChange(customer.emailKey(), hold.value())
                    : calls.holdMobileChange(customer.phoneKey(), hold.value());
        }
        if (write instanceof SendPassword send) {
            return calls.sendPassword(send.controlFlowId());
        }
        if (write instanceof ValidatePassword validate) {
            return calls.validatePassword(validate.controlFlowId(), validate.password());
        }
        if (write instanceof ConfirmChange confirm) {
            return calls.confirm(confirm.contact(), confirm.controlFlowId());
        }
        return calls.setAlertThreshold(customer.accountId(), ((SetAlertThreshold) write).amount());
    }

    @Override
    public String toString() {
        return "the client of customer " + customer.id() + " (" + journal.acknowledgedCount() + " writes acknowledged"
                + (journal.hasUnanswered() ? ", the last one unanswered)" : ")");
    }
}
