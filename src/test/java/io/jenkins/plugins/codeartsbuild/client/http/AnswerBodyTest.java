package io.jenkins.plugins.codeartsbuild.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charset of a {@code Content-Type}, read by hand as {@code MediaType.parse} would read it. */
class AnswerBodyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json|UTF-8",
                "application/json;charset=UTF-8|UTF-8",
                "application/json; Charset=utf8|UTF-8",
                "application/json; charset=\"GB18030\"|GB18030",
                "text/html; charset=ISO-8859-1; boundary=x|ISO-8859-1",
                "application/json; charset=no-such-charset|UTF-8",
                "application/json; charset=|UTF-8",
                "charset=GB18030|UTF-8"
            })
    void theDeclaredCharsetOrUtf8(String contentType, String expected) {
        assertThat(AnswerBody.declared(contentType)).isEqualTo(Charset.forName(expected));
    }

    @ParameterizedTest
    @CsvSource({"application/json;charset=UTF-16LE", "application/json; charset=utf-16le"})
    void anyCharsetTheJvmKnows(String contentType) {
        assertThat(AnswerBody.declared(contentType)).isEqualTo(StandardCharsets.UTF_16LE);
    }
}
