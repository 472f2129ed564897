package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.generated.model.SandboxTokenResponse;

final class SandboxTokenMapper {

    private SandboxTokenMapper() {
    }

    static SandboxTokenResponse toResponse(IssuedToken token) {
        return new SandboxTokenResponse(
                token.accessToken(),
                SandboxTokenResponse.TokenTypeEnum.BEARER,
                Math.toIntExact(token.lifetime().toSeconds()),
                token.scopes().spaceSeparated());
    }
}
