package com.example.citi.au.customers.server.security;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_EXPIRED;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * What the server accepts as an access token. Tokens with one claim changed are signed with the
 * sandbox issuer's own key (its JwtEncoder bean), so that only the changed claim can be at fault.
 */
class AccessTokenTest extends ApiIntegrationTest {

    private static final String PARTICULARS = "/v1/customers/profiles/basic";
    private static final String ADDRESSES = "/v1/customers/profiles/addresses";
    private static final String PARTNER_PROFILE = "/partner/v1/customers/profiles";

    @Autowired
    private JwtEncoder sandboxIssuerKey;

    @Autowired
    private JWKSource<SecurityContext> sandboxIssuerKeys;

    @Test
    void acceptsATokenWithTheClaimsTheIssuerSigns() {
        ApiResponse response = bearer(signed(claims -> claims), "sandbox-app").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("customerParticulars").path("names").path(0).path("firstName").asString())
                .isEqualTo("OLIVIA");
    }

    @Test
    void rejectsAnExpiredToken() {
        assertUnauthorized(get(OLIVIA_EXPIRED, ADDRESSES).send());
    }

    @Test
    void rejectsATokenPastItsExpiryEvenWhenSignedByTheIssuer() {
        Instant issued = clock.instant().minus(Duration.ofHours(1));

        assertUnauthorized(bearer(signed(claims -> claims.issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(30)))),
                "sandbox-app").send());
    }

    @Test
    void rejectsATokenWithoutExpiry() {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("urn:customers-api:sandbox").audience(List.of("customers-api")).subject("1")
                .claim("client_id", "sandbox-app").claim("scope", "customers_profiles").issuedAt(clock.instant());

        assertUnauthorized(bearer(encode(claims.build()), "sandbox-app").send());
    }

    @Test
    void rejectsATokenFromAForeignIssuer() {
        assertUnauthorized(bearer(signed(claims -> claims.issuer("https://issuer.example.com")), "sandbox-app").send());
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertUnauthorized(bearer(signed(claims -> claims.audience(List.of("another-api"))), "sandbox-app").send());
    }

    @Test
    void rejectsATokenWithoutTheClientItWasIssuedTo() {
        assertUnauthorized(bearer(signed(claims -> claims.claims(all -> all.remove("client_id"))), "sandbox-app").send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"olivia", "0", "-1", "1 OR 1=1"})
    void rejectsATokenWhoseSubjectIsNoCustomerId(String subject) {
        assertUnauthorized(bearer(signed(claims -> claims.subject(subject)), "sandbox-app").send());
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyUnderTheIssuersKeyId() throws Exception {
        SignedJWT real = SignedJWT.parse(OLIVIA.token());
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();

        assertUnauthorized(bearer(sign(real.getJWTClaimsSet(), impostor), "sandbox-app").send());
    }

    @Test
    void rejectsATokenSignedWithAnUnknownKey() throws Exception {
        SignedJWT real = SignedJWT.parse(OLIVIA.token());
        RSAKey unknown = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();

        assertUnauthorized(bearer(sign(real.getJWTClaimsSet(), unknown), "sandbox-app").send());
    }

    @Test
    void rejectsATokenWhosePayloadWasChangedAfterSigning() {
        String[] liam = signed(claims -> claims.subject("2")).split("\\.");
        String[] olivia = signed(claims -> claims).split("\\.");

        assertUnauthorized(bearer(olivia[0] + "." + liam[1] + "." + olivia[2], "sandbox-app").send());
    }

    @Test
    void rejectsAnUnsignedToken() throws ParseException {
        String unsigned = new PlainJWT(SignedJWT.parse(OLIVIA.token()).getJWTClaimsSet()).serialize();

        assertUnauthorized(bearer(unsigned, "sandbox-app").send());
    }

    @Test
    void rejectsATokenSignedWithTheIssuersPublicKeyAsAnHmacSecret() throws Exception {
        SignedJWT real = SignedJWT.parse(OLIVIA.token());
        RSAKey issuerKey = (RSAKey) sandboxIssuerKeys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).get(0);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuerKey.getKeyID()).build(),
                real.getJWTClaimsSet());
        forged.sign(new MACSigner(issuerKey.toRSAPublicKey().getEncoded()));

        assertUnauthorized(bearer(forged.serialize(), "sandbox-app").send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Bearer a.b.c", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.", "Bearer  two-spaces",
            "bearer", "Token abc", "Basic c2FuZGJveC1hcHA6c2FuZGJveC1hcHAtc2VjcmV0"})
    void rejectsAMalformedAuthorizationHeader(String authorization) {
        assertUnauthorized(get(OLIVIA, ADDRESSES).header("Authorization", authorization).send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer", "BEARER"})
    void rejectsAValidTokenUnderASchemeSpelledOtherwiseThanTheSpecsPattern(String scheme) {
        assertUnauthorized(get(OLIVIA, ADDRESSES).header("Authorization", scheme + " " + OLIVIA.token()).send());
    }

    @Test
    void rejectsAValidTokenPresentedAsAProofOfPossessionTokenWhichTheSpecDoesNotOffer() {
        ApiResponse withProof = get(OLIVIA, ADDRESSES).header("Authorization", "DPoP " + OLIVIA.token())
                .header("DPoP", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").send();
        ApiResponse withoutProof = get(OLIVIA, ADDRESSES).header("Authorization", "DPoP " + OLIVIA.token()).send();

        assertUnauthorized(withProof);
        assertUnauthorized(withoutProof);
        assertThat(withoutProof.header("WWW-Authenticate")).isNull();
    }

    @Test
    void rejectsAnAuthorizationHeaderLongerThanTheSpecAllows() {
        String token = OLIVIA.token();

        assertUnauthorized(get(OLIVIA, ADDRESSES).header("Authorization", "Bearer " + token + "A".repeat(4096)).send());
    }

    @Test
    void answersAMissingTokenInTheSpecsErrorShapeWithTheRequestUuid() {
        ApiResponse response = get(OLIVIA, ADDRESSES).withoutHeader("Authorization")
                .header("uuid", "0f8e2a34-5b6c-4d7e-8f90-a1b2c3d4e5f6").send();

        assertUnauthorized(response);
        assertThat(response.json().path("type").asString()).isEqualTo("error");
        assertThat(response.json().path("details").asString()).isEqualTo("Authorization credentials are missing or invalid");
        assertThat(response.errorLocation()).isEqualTo("Authorization");
        assertThat(response.header("uuid")).isEqualTo("0f8e2a34-5b6c-4d7e-8f90-a1b2c3d4e5f6");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("WWW-Authenticate")).isNull();
    }

    @Test
    void wordsThe401OfTheEmailsReadInTheSingularAsThePortalPageDoes() {
        ApiResponse response = get(OLIVIA, "/v1/customers/profiles/emails").header("Authorization", "Bearer abc").send();

        assertThat(response.json().path("details").asString()).isEqualTo("Authorization credential is missing or invalid");
    }

    @Test
    void checksTheRequiredHeadersBeforeTheToken() {
        ApiResponse response = get(OLIVIA, ADDRESSES).header("Authorization", "Bearer abc").withoutHeader("Accept").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("Accept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox-partner", "another-app"})
    void forbidsATokenUsedByAnotherClientThanItWasIssuedTo(String clientId) {
        ApiResponse response = get(OLIVIA, ADDRESSES).header("client_id", clientId).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void forbidsAnOperationWhoseScopeTheTokenLacks() {
        ApiResponse response = delete(OLIVIA_READ_ONLY, "/v1/customers/profile/images").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void letsThePartnerReadTheProfileOfTheCustomerItsTokenNames() {
        ApiResponse response = get(PARTNER_FOR_CHARLOTTE, PARTNER_PROFILE).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("CHARLOTTE");
    }

    @Test
    void forbidsTheCustomerAppThePartnerRead() {
        assertThat(get(OLIVIA, PARTNER_PROFILE).send().status()).isEqualTo(403);
    }

    @Test
    void forbidsThePartnerReadToANonPartnerClientEvenWithThePartnerScope() {
        String token = signed(claims -> claims.claim("scope", "partner_customers_profiles"));

        ApiResponse response = withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTNER_PROFILE).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void forbidsThePartnerTheCustomerOperations() {
        ApiResponse response = get(PARTNER_FOR_CHARLOTTE, ADDRESSES).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    private ApiRequest bearer(String token, String clientId) {
        return withAuthorization("Bearer " + token, clientId, "GET", PARTICULARS);
    }

    /** Olivia's token through the customer app as the issuer would sign it, with one change. */
    private String signed(UnaryOperator<JwtClaimsSet.Builder> change) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("urn:customers-api:sandbox")
                .audience(List.of("customers-api"))
                .subject("1")
                .claim("client_id", "sandbox-app")
                .claim("scope", "customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30)))
                .id(UUID.randomUUID().toString());
        return encode(change.apply(claims).build());
    }

    private String encode(JwtClaimsSet claims) {
        return sandboxIssuerKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unAuthorized");
    }
}
