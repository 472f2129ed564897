package com.example.citi.au.customers.client.stepup;

/**
 * Asks the customer for the one-time password that was just sent (in an app: a dialog; against the sandbox:
 * its outbox). Called once per journey, on the journey's thread.
 */
@FunctionalInterface
public interface OneTimePasswordPrompt {

    /** The password the customer entered, six digits. */
    String passwordFor(OneTimePasswordSent sent);
}
