package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

class DurableCommitWiringTest extends ApiIntegrationTest {

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void theServersTransactionManagerSyncsEveryCommit() {
        assertThat(((AbstractPlatformTransactionManager) transactionManager).getTransactionExecutionListeners())
                .hasAtLeastOneElementOfType(DurableCommitListener.class);
    }
}
