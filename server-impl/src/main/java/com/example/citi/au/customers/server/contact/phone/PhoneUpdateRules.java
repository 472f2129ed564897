package com.example.citi.au.customers.server.contact.phone;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an update does to the customer's phone numbers, and whether it may. */
final class PhoneUpdateRules {

    static final int MAX_PHONES = 20;

    private PhoneUpdateRules() {
    }

    /**
     * The customer's phone numbers after the change, in memory. An item made preferred takes the
     * flag from every number the request leaves out, as moving the preferred flag means.
     */
    static List<CustomerPhone> apply(List<CustomerPhone> current, List<PhoneChange> changes) {
        boolean movesPreferred = changes.stream().anyMatch(PhoneChange::preferred);
        Map<Long, CustomerPhone> stored = new LinkedHashMap<>();
        current.forEach(phone -> stored.put(phone.key(), movesPreferred ? phone.withPreferred(false) : phone));
        Set<Long> changedKeys = new HashSet<>();
        List<CustomerPhone> added = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PhoneChange change = changes.get(i);
            if (change.adds()) {
                added.add(CustomerPhone.added(change));
                continue;
            }
            String location = "phones[" + i + "].phoneKey";
            if (!changedKeys.add(change.key())) {
                throw BusinessRuleException.validationFailed("A phone number can be changed only once per request",
                        location);
            }
            CustomerPhone phone = stored.get(change.key());
            if (phone == null) {
                throw new ResourceNotFoundException(location);
            }
            stored.put(change.key(), phone.changedBy(change));
        }
        List<CustomerPhone> after = new ArrayList<>(stored.values());
        after.addAll(added);
        requireValid(after);
        return after;
    }

    /** Adding a number or changing one needs a one-time password; moving the preferred flag does not. */
    static boolean needsStepUp(List<CustomerPhone> current, List<CustomerPhone> after) {
        Map<Long, CustomerPhone> before = new LinkedHashMap<>();
        current.forEach(phone -> before.put(phone.key(), phone));
        return after.stream().anyMatch(phone -> !phone.isStored() || !phone.sameNumberAs(before.get(phone.key())));
    }

    private static void requireValid(List<CustomerPhone> phones) {
        if (phones.size() > MAX_PHONES) {
            throw BusinessRuleException.validationFailed(
                    "A customer can have at most " + MAX_PHONES + " phone numbers", "phones");
        }
        List<CustomerPhone> preferred = phones.stream().filter(CustomerPhone::preferred).toList();
        if (preferred.size() != 1) {
            throw BusinessRuleException.validationFailed("Exactly one phone number must be preferred", "phones");
        }
        if (!preferred.get(0).isMobile()) {
            throw BusinessRuleException.validationFailed(
                    "The preferred phone number must be a " + CustomerPhone.MOBILE + " number", "phones");
        }
    }
}
