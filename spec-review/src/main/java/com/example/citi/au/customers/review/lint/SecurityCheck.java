package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every operation declares its security, on itself or through the global {@code security}
 * ({@code security: []} declares a public operation), and every requirement names a declared
 * scheme and, for OAuth 2.0, declared scopes. No operation that writes is public (OWASP API2:2023,
 * write-restricted), and every scheme whose tokens are JWTs names RFC8725, the JWT best current
 * practices, in its description (API2:2023, jwt-best-practices).
 */
final class SecurityCheck implements SpecCheck {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String RFC8725 = "RFC8725";

    private final OpenAPI api;

    SecurityCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        boolean global = api.getSecurity() != null && !api.getSecurity().isEmpty();
        if (api.getSecurity() != null) {
            api.getSecurity().forEach(requirement -> requirement(findings, "security", requirement));
        }
        for (ApiOperation operation : ApiOperation.all(api)) {
            List<SecurityRequirement> security = operation.operation().getSecurity();
            if (security == null && !global) {
                findings.add(operation.label() + ": declares no security, and there is no global security");
            }
            if (security != null) {
                security.forEach(requirement -> requirement(findings, operation.label() + ": security", requirement));
            }
            if (WRITES.contains(operation.method()) && isDeclaredPublic(security)) {
                findings.add(operation.label() + ": writes without a security scheme (security: [])");
            }
        }
        schemes().forEach((name, scheme) -> {
            if (carriesJwt(scheme) && (scheme.getDescription() == null || !scheme.getDescription().contains(RFC8725))) {
                findings.add("components.securitySchemes." + name + ": its tokens are JWTs, but its description does "
                        + "not name " + RFC8725 + " (JSON Web Token Best Current Practices)");
            }
        });
        return findings;
    }

    /** {@code security: []}, or a requirement {@code {}} among others: no security needed. (None at all is reported above.) */
    private static boolean isDeclaredPublic(List<SecurityRequirement> security) {
        return security != null && (security.isEmpty() || security.stream().anyMatch(SecurityRequirement::isEmpty));
    }

    /** OAuth 2.0 and OpenID Connect tokens here are JWTs, and so are bearer tokens that say so. */
    private static boolean carriesJwt(SecurityScheme scheme) {
        return scheme.getType() == SecurityScheme.Type.OAUTH2 || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT
                || (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())
                && "JWT".equalsIgnoreCase(scheme.getBearerFormat()));
    }

    private void requirement(List<String> findings, String site, SecurityRequirement requirement) {
        requirement.forEach((name, scopes) -> {
            SecurityScheme scheme = schemes().get(name);
            if (scheme == null) {
                findings.add(site + ": security scheme '" + name + "' is not declared in components.securitySchemes");
            } else if (scheme.getType() == SecurityScheme.Type.OAUTH2) {
                Set<String> declared = declaredScopes(scheme);
                scopes.stream()
                        .filter(scope -> !declared.contains(scope))
                        .forEach(scope -> findings.add(site + ": scope '" + scope + "' is not declared by " + name));
            }
        });
    }

    private Map<String, SecurityScheme> schemes() {
        return api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                ? Map.of()
                : api.getComponents().getSecuritySchemes();
    }

    private static Set<String> declaredScopes(SecurityScheme scheme) {
        Set<String> scopes = new TreeSet<>();
        if (scheme.getFlows() != null) {
            Stream.of(scheme.getFlows().getImplicit(), scheme.getFlows().getPassword(),
                            scheme.getFlows().getClientCredentials(), scheme.getFlows().getAuthorizationCode())
                    .filter(flow -> flow != null && flow.getScopes() != null)
                    .map(OAuthFlow::getScopes)
                    .forEach(declared -> scopes.addAll(declared.keySet()));
        }
        return scopes;
    }
}
