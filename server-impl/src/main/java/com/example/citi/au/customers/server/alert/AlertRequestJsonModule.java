package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.server.generated.model.AlertSubscriptionChange;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

/**
 * The generator starts optional lists as empty collections, so a request that leaves out
 * {@code alertSubscriptions} or {@code deliveryChannels} would fail their {@code minItems: 1}. Starting the
 * request models with those lists null keeps "left out" apart from an explicit empty list, which stays invalid.
 */
@Component
final class AlertRequestJsonModule extends SimpleModule {

    AlertRequestJsonModule() {
        super(AlertRequestJsonModule.class.getSimpleName());
        addValueInstantiator(AlertProfileAndSubscriptionsRequest.class, startingWith(
                AlertProfileAndSubscriptionsRequest.class,
                () -> new AlertProfileAndSubscriptionsRequest().alertSubscriptions(null)));
        addValueInstantiator(AlertSubscriptionChange.class, startingWith(
                AlertSubscriptionChange.class,
                () -> new AlertSubscriptionChange().deliveryChannels(null)));
    }

    private static <T> ValueInstantiator startingWith(Class<T> type, Supplier<T> emptyRequest) {
        return new ValueInstantiator.Base(type) {
            @Override
            public boolean canCreateUsingDefault() {
                return true;
            }

            @Override
            public Object createUsingDefault(DeserializationContext context) {
                return emptyRequest.get();
            }
        };
    }
}
