package org.a4p.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests and ./run.sh run the PostgreSQL major that production (docker-compose.yml) runs. */
class PostgresMajorTest {

    @Test
    void theLocalServerRunsTheComposeFilesMajor() throws Exception {
        Matcher image = Pattern.compile("image:\\s*postgres:(\\d+)")
                .matcher(Files.readString(Path.of("..", "docker-compose.yml")));
        assertThat(image.find()).as("docker-compose.yml names a postgres:<major> image").isTrue();
        int composeMajor = Integer.parseInt(image.group(1));

        long local = Sql.number("notifications", "SELECT current_setting('server_version_num')::int");

        assertThat(local / 10_000).as("local PostgreSQL major").isEqualTo(composeMajor).isEqualTo(16);
    }
}
