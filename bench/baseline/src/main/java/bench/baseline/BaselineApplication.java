package bench.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practical ceiling of the stack: the same Spring Boot and Tomcat as the sandbox server,
 * answering the profile read with bytes read once at start (captured from the server by
 * bench/run), without security, header checks, validation or a database.
 */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @RestController
    static class ProfileController {

        private final byte[] body;

        ProfileController(@Value("${bench.body-file}") Path bodyFile) throws IOException {
            this.body = Files.readAllBytes(bodyFile);
        }

        @GetMapping(path = "/api/v1/customers/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<byte[]> profile() {
            return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
        }
    }
}
