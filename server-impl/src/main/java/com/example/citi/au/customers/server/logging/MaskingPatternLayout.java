package com.example.citi.au.customers.server.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The console layout: Spring Boot's pattern, with {@link SensitiveData} masked in the whole
 * formatted line, message and stack trace alike, whoever logged it.
 */
public final class MaskingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return SensitiveData.mask(super.doLayout(event));
    }
}
