package com.example.citi.au.customers.server.negative;

import java.util.LinkedHashMap;
import java.util.Map;

/** Strings that look like attacks on a SQL store, a template, a log, a shell or a browser. */
final class InjectionStrings {

    static final Map<String, String> ALL = all();

    private InjectionStrings() {
    }

    private static Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sql tautology", "' OR '1'='1");
        values.put("sql drop", "1'; DROP TABLE customer; --");
        values.put("sql comment", "admin'/*");
        values.put("script tag", "<script>alert(1)</script>");
        values.put("attribute break", "\" onmouseover=\"alert(1)");
        values.put("jndi lookup", "${jndi:ldap://127.0.0.1:1389/a}");
        values.put("template expression", "{{7*7}}${7*7}#{7*7}");
        values.put("path traversal", "../../etc/passwd");
        values.put("encoded nul", "%00");
        values.put("shell substitution", "$(id);`id`|id");
        values.put("ldap filter", "*)(uid=*))(|(uid=*");
        values.put("xml entity", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        values.put("format string", "%s%s%s%n%x");
        values.put("json break", "\",\"admin\":true,\"x\":\"");
        values.put("nul character", "a\u0000b");
        values.put("crlf", "a\r\nSet-Cookie: injected=1");
        values.put("right-to-left override", "\u202Eabc\u200B");
        values.put("lone surrogate", "a\uD800b");
        values.put("long unicode", "\uD83D\uDE00".repeat(3000));
        return values;
    }
}
