package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding and unbinding examples of NISTIR 7695 (clauses 6.1.2.3, 6.1.3.3, 6.2.2.3, 6.2.3.3, 6.3). */
class CpeBindingTest {

    @ParameterizedTest(name = "{0} binds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*          | cpe:/a:microsoft:internet_explorer:8.0.6001:beta
            cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*                | cpe:/a:microsoft:internet_explorer:8.%02:sp%01
            cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*   | cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~
            cpe:2.3:a:hp:openview_network_manager:7.51:*:*:*:*:linux:*:*             | cpe:/a:hp:openview_network_manager:7.51::~~~linux~~
            cpe:2.3:a:foo\\\\bar:big\\$money_manager_2010:*:*:*:*:special:ipod_touch:80gb:* | cpe:/a:foo%5cbar:big%24money_manager_2010:::~~special~ipod_touch~80gb~
            cpe:2.3:o:microsoft:windows_7:-:sp1:-:*:*:*:x64:*                         | cpe:/o:microsoft:windows_7:-:sp1:~-~~~x64~
            cpe:2.3:a:microsoft:office:2007:sp2:-:en-us:*:*:*:*                      | cpe:/a:microsoft:office:2007:sp2:-:en-us
            cpe:2.3:*:*:*:*:*:*:*:*:*:*:*                                             | cpe:/
            """)
    void formattedStringBindsToUri(String fs, String uri) {
        Cpe cpe = Cpe.parse(fs);
        assertThat(cpe.toFormattedString()).isEqualTo(fs);
        assertThat(cpe.toUri()).isEqualTo(uri);
    }

    @ParameterizedTest(name = "{0} unbinds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cpe:/a:microsoft:internet_explorer:8.0.6001:beta                   | cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*
            cpe:/a:microsoft:internet_explorer:8.%2a:sp%3f                     | cpe:2.3:a:microsoft:internet_explorer:8.\\*:sp\\?:*:*:*:*:*:*
            cpe:/a:microsoft:internet_explorer:8.%02:sp%01                     | cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*
            cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~    | cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:*:*:*:online:win2003:x64:*
            cpe:/a:hp:openview_network_manager:7.51:-:~~~linux~~               | cpe:2.3:a:hp:openview_network_manager:7.51:-:*:*:*:linux:*:*
            cpe:/a:foo~bar:big%7emoney_2010                                    | cpe:2.3:a:foo\\~bar:big\\~money_2010:*:*:*:*:*:*:*:*
            cpe:/a:Microsoft:Office:2007::PRO:EN-US                            | cpe:2.3:a:microsoft:office:2007:*:pro:en-us:*:*:*:*
            cpe:/o:redhat:rhel_aus:7.6::server                                 | cpe:2.3:o:redhat:rhel_aus:7.6:*:server:*:*:*:*:*
            cpe:/a::Reader:9.3.2:-:-                                           | cpe:2.3:a:*:reader:9.3.2:-:-:*:*:*:*:*
            cpe:/a:%01%01sql:my%01%01:%02.1                                    | cpe:2.3:a:??sql:my??:*.1:*:*:*:*:*:*:*
            """)
    void uriUnbindsToFormattedString(String uri, String fs) {
        assertThat(Cpe.parse(uri).toFormattedString()).isEqualTo(fs);
    }

    @Test
    void formattedStringUnbindsToTheWellFormedNameQuoting() {
        Cpe cpe = Cpe.parse("cpe:2.3:a:foo\\\\bar:big\\$money_2010:*:*:*:*:special:ipod_touch:80gb:*");
        assertThat(CpeValue.toWfn(cpe.vendor())).isEqualTo("foo\\\\bar");
        assertThat(CpeValue.toWfn(cpe.product())).isEqualTo("big\\$money_2010");
        Cpe ie = Cpe.parse("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*");
        assertThat(CpeValue.toWfn(ie.version())).isEqualTo("8\\.*");
        assertThat(CpeValue.toWfn(ie.update())).isEqualTo("sp?");
        assertThat(CpeValue.toWfn(Cpe.parse("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*").version()))
                .isEqualTo("7\\.4\\.0\\.1570");
    }

    @Test
    void needlesslyQuotedPunctuationIsAcceptedAndWrittenUnquoted() {
        assertThat(Cpe.parse("cpe:2.3:a:foo\\.bar:b\\-c\\_d:1\\.0:*:*:*:*:*:*:*").toFormattedString())
                .isEqualTo("cpe:2.3:a:foo.bar:b-c_d:1.0:*:*:*:*:*:*:*");
        assertThat(new Cpe("a", "vendor", "x\\.y", "*", "*", "*", "*", "*", "*", "*", "*").product()).isEqualTo("x.y");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cpe:2.3:a:hp:insight_diagnostics:7.4.*.1570:*:*:*:*:*:*:*",   // embedded unquoted *
            "cpe:2.3:a:hp:insight?diagnostics:7.4:*:*:*:*:*:*:*",          // embedded unquoted ?
            "cpe:/a:foo%5cbar:big%24money_2010%07:::~~special~ipod_touch~80gb~", // %07 is not quotable
            "cpe:/a:foo:bar:12.%02.1234",                                   // %02 inside a value
            "cpe:/a:foo:bar:12%01.1",                                       // %01 inside a value
            "cpe:/a:%01%01sql:%01%01%01",                                   // a value of wildcards only
            "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*",                    // 10 attributes
            "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*:*",                // 12 attributes
            "cpe:2.3:a::product:1.0:*:*:*:*:*:*:*",                        // empty attribute
            "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:x\\",                // dangling backslash
            "cpe:2.3:a:vendor:prod\\uct:1.0:*:*:*:*:*:*:*",                // escape of a letter
            "cpe:2.3:a:vendor:prod uct:1.0:*:*:*:*:*:*:*",                 // space
            "cpe:2.3:a:vendor:prod\tuct:1.0:*:*:*:*:*:*:*",                // control character
            "cpe:2.3:a:vendor:prodüct:1.0:*:*:*:*:*:*:*",                  // not ASCII
            "cpe:2.3:x:vendor:product:1.0:*:*:*:*:*:*:*",                  // part
            "cpe:2.3:a:vendor:product:1.0:*:*:english:*:*:*:*",            // language tag
            "cpe:/a:vendor:product:1.0:*:*:en:extra",                      // 8 URI components
            "cpe:/a:vendor:product:1.0::~a~b~c",                          // packed edition with 3 fields
            "cpe:/a:vendor:pro%zzduct",                                    // bad percent-encoding
            "cpe:/a:vendor:pro!duct",                                      // unencoded punctuation in a URI
            "cpe:/x:vendor:product",                                       // part
            "cpe:2.2:a:vendor:product", "cpe:", "", "   ", "vendor:product:1.0"})
    void malformedCpesAreRejectedWithOneLineMessage(String input) {
        assertThatThrownBy(() -> Cpe.parse(input)).isInstanceOf(InvalidCpeException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\t").hasSizeLessThan(400));
    }

    @Test
    void overlongAndMissingInputIsRejected() {
        String longCpe = "cpe:2.3:a:vendor:" + "p".repeat(CpeParser.MAX_LENGTH) + ":1.0:*:*:*:*:*:*:*";
        assertThatThrownBy(() -> Cpe.parse(longCpe)).isInstanceOf(InvalidCpeException.class)
                .hasMessageContaining("longer than").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        assertThatThrownBy(() -> Cpe.parse(null)).isInstanceOf(InvalidCpeException.class);
        assertThatThrownBy(() -> new Cpe("a", null, "p", "*", "*", "*", "*", "*", "*", "*", "*"))
                .isInstanceOf(InvalidCpeException.class).hasMessageContaining("vendor");
    }

    @Test
    void errorMessagesNameTheAttributeAndTheProblem() {
        assertThatThrownBy(() -> Cpe.parse("cpe:2.3:a:vendor:prod!uct:1.0:*:*:*:*:*:*:*"))
                .hasMessageContaining("product").hasMessageContaining("'!'");
        assertThatThrownBy(() -> Cpe.parse("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*"))
                .hasMessageContaining("has 10 attributes");
    }

    @Test
    void productKeyIsLowercaseVendorAndProduct() {
        assertThat(Cpe.parse("cpe:2.3:a:Apache:Log4j:2.14.1:*:*:*:*:*:*:*").productKey()).isEqualTo("apache:log4j");
    }
}
