package com.example.citi.au.customers.server.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.springframework.util.StringUtils;

/**
 * The RSA key the sandbox signs its tokens with. Kept in a file next to the sandbox database,
 * readable by its owner only, so that tokens survive a restart as the data does; generated
 * when the file does not exist yet.
 */
final class SandboxSigningKey {

    private static final int KEY_SIZE = 2048;

    private SandboxSigningKey() {
    }

    static RSAKey loadOrCreate(String keyFile) {
        if (!StringUtils.hasText(keyFile)) {
            return generate();
        }
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return RSAKey.parse(Files.readString(path));
            }
            RSAKey key = generate();
            write(path, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the sandbox signing key in " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the sandbox signing key in " + path + " is not an RSA JWK; delete it to get a new one", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the sandbox signing key", e);
        }
    }

    private static void write(Path path, RSAKey key) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".sandbox-signing-key", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(key.toJSONString().getBytes(StandardCharsets.UTF_8)));
            file.force(true);
        }
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(path.toAbsolutePath().getParent());
    }

    /**
     * Makes the key's name in its folder durable too: tokens signed with the key are handed out
     * from now on, and a power cut must not take the key from under them.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // a file system or platform that cannot open a folder for sync keeps the rename as its own
        }
    }
}
