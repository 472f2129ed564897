package com.example.citi.au.customers.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderValueRuleTest {

    @Test
    void decidesEveryValueAsSpringSecuritysRuleDoes() {
        List<String> values = List.of("", "Bearer eyJraWQiOiJzYW5kYm94In0.eyJzdWIiOiIxIn0.c2ln-_~+/=", "application/json",
                "a\tb", "a\nb", "a\rb", "a\u0000b", "a\u001fb", "a\u007fb", "a\u0085b", "a\u009fb", "Zoë", "\u00a0",
                "日本", "\ud83d\ude00", "a\ud800b", "a\u0378b", "\uffff", "\u2028");
        for (String value : values) {
            assertThat(HeaderValueRule.allowed(value)).as(value)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
        }
    }

    @Test
    void acceptsPrintableAsciiAndTab() {
        StringBuilder printable = new StringBuilder("\t");
        for (char c = 0x20; c < 0x7f; c++) {
            printable.append(c);
        }

        assertThat(HeaderValueRule.allowed(printable.toString())).isTrue();
    }
}
