package org.a4p.platform.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharacterEscapeTest {

    @Test
    void aParameterCannotStartANewLogLine() {
        ExtLogRecord record = new ExtLogRecord(org.jboss.logmanager.Level.ERROR, "unexpected failure %s on %s", ExtLogRecord.FormatStyle.PRINTF,
                ControlCharacterEscapeTest.class.getName());
        record.setParameters(new Object[]{"42", "/sessions/x\r\n12:00:00 INFO forged\u0000\u001b[31m\u0085"});

        assertThat(new ControlCharacterEscape().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage())
                .isEqualTo("unexpected failure 42 on /sessions/x\\u000D\\u000A12:00:00 INFO forged\\u0000\\u001B[31m\\u0085")
                .doesNotContain("\n", "\r");
    }

    @Test
    void ordinaryMessagesAreLeftAsTheyAre() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "relay sent %d events", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[]{3});
        new ControlCharacterEscape().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("relay sent 3 events");
    }

    @Test
    void everyServiceLogsThroughIt() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("quarkus.log.console.filter")).isEqualTo(ControlCharacterEscape.NAME);
    }
}
