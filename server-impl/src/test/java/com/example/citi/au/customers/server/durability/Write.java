package com.example.citi.au.customers.server.durability;

import java.math.BigDecimal;

/** A write a load-test client sends, and what it changes once the server has applied it. */
sealed interface Write {

    CustomerState applyTo(CustomerState state);

    enum Contact { EMAIL, PHONE }

    /** The update that the server holds until a one-time password confirms it (answered 403 stepUpRequired). */
    record HoldChange(Contact contact, String value, String controlFlowId) implements Write {

        /** The same write, now that its answer has named the control flow. */
        HoldChange named(String id) {
            return new HoldChange(contact, value, id);
        }

        @Override
        public CustomerState applyTo(CustomerState state) {
            return controlFlowId == null
                    ? state.withUnnamedFlow(FlowState.HELD)
                    : state.withFlow(controlFlowId, FlowState.HELD);
        }
    }

    record SendPassword(String controlFlowId) implements Write {
        @Override
        public CustomerState applyTo(CustomerState state) {
            return state.withFlow(controlFlowId, FlowState.PASSWORD_SENT);
        }
    }

    record ValidatePassword(String controlFlowId, String password) implements Write {
        @Override
        public CustomerState applyTo(CustomerState state) {
            return state.withFlow(controlFlowId, FlowState.VALIDATED);
        }
    }

    record ConfirmChange(Contact contact, String value, String controlFlowId) implements Write {
        @Override
        public CustomerState applyTo(CustomerState state) {
            CustomerState changed = contact == Contact.EMAIL ? state.withEmail(value) : state.withPhone(value);
            return changed.withFlow(controlFlowId, FlowState.COMPLETED);
        }
    }

    record SetAlertThreshold(BigDecimal amount) implements Write {
        @Override
        public CustomerState applyTo(CustomerState state) {
            return state.withThreshold(amount);
        }
    }
}
