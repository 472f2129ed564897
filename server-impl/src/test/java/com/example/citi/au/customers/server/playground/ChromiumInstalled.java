package com.example.citi.au.customers.server.playground;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its server starts, where Chromium or chromedriver is missing,
 * saying how to install them; where {@value HeadlessChromium#REQUIRED} is set the class runs, and
 * fails for the missing browser.
 */
final class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (HeadlessChromium.installed() || System.getenv(HeadlessChromium.REQUIRED) != null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed, or must be");
        }
        return ConditionEvaluationResult.disabled(HeadlessChromium.MISSING);
    }
}
