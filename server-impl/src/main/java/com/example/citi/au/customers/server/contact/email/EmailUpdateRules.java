package com.example.citi.au.customers.server.contact.email;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an update does to the customer's emails, and whether it may. */
final class EmailUpdateRules {

    static final int MAX_EMAILS = 20;

    private EmailUpdateRules() {
    }

    /**
     * The customer's emails after the change, in memory. An item made preferred takes the flag
     * from every address the request leaves out, as moving the preferred flag means.
     */
    static List<CustomerEmail> apply(List<CustomerEmail> current, List<EmailChange> changes) {
        boolean movesPreferred = changes.stream().anyMatch(EmailChange::preferred);
        Map<Long, CustomerEmail> stored = new LinkedHashMap<>();
        current.forEach(email -> stored.put(email.key(), movesPreferred ? email.withPreferred(false) : email));
        Set<Long> changedKeys = new HashSet<>();
        List<CustomerEmail> added = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            EmailChange change = changes.get(i);
            if (change.adds()) {
                added.add(CustomerEmail.added(change));
                continue;
            }
            String location = "emails[" + i + "].emailKey";
            if (!changedKeys.add(change.key())) {
                throw BusinessRuleException.validationFailed("An email address can be changed only once per request",
                        location);
            }
            CustomerEmail email = stored.get(change.key());
            if (email == null) {
                throw new ResourceNotFoundException(location);
            }
            stored.put(change.key(), email.changedBy(change));
        }
        List<CustomerEmail> after = new ArrayList<>(stored.values());
        after.addAll(added);
        requireValid(after);
        return after;
    }

    /** Adding an address or changing one needs a one-time password; moving the preferred flag does not. */
    static boolean needsStepUp(List<CustomerEmail> current, List<CustomerEmail> after) {
        Map<Long, CustomerEmail> before = new LinkedHashMap<>();
        current.forEach(email -> before.put(email.key(), email));
        return after.stream().anyMatch(email -> !email.isStored() || !email.sameAddressAs(before.get(email.key())));
    }

    private static void requireValid(List<CustomerEmail> emails) {
        if (emails.size() > MAX_EMAILS) {
            throw BusinessRuleException.validationFailed(
                    "A customer can have at most " + MAX_EMAILS + " email addresses", "emails");
        }
        if (emails.stream().filter(CustomerEmail::preferred).count() != 1) {
            throw BusinessRuleException.validationFailed("Exactly one email address must be preferred", "emails");
        }
    }
}
