package com.example.citi.au.customers.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheKeySoTokensSurviveARestart() {
        String keyFile = dataDir.resolve("keys/sandbox-signing-key.jwk.json").toString();

        RSAKey first = SandboxSigningKey.loadOrCreate(keyFile);
        RSAKey afterRestart = SandboxSigningKey.loadOrCreate(keyFile);

        assertThat(afterRestart).isEqualTo(first);
        assertThat(afterRestart.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
    }

    @Test
    void letsOnlyItsOwnerReadTheKeyFile() throws IOException {
        Path keyFile = dataDir.resolve("sandbox-signing-key.jwk.json");

        SandboxSigningKey.loadOrCreate(keyFile.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void makesANewKeyAtEveryStartWithoutAKeyFile() {
        assertThat(SandboxSigningKey.loadOrCreate("")).isNotEqualTo(SandboxSigningKey.loadOrCreate(""));
    }
}
