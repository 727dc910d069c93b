package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupportStatementTest {

    private static Support of(String... nameValues) {
        ComponentDraft d = new ComponentDraft();
        for (int i = 0; i < nameValues.length; i += 2) {
            d.property(nameValues[i], nameValues[i + 1]);
        }
        return SupportStatement.of(d);
    }

    @Test
    void fdaTaxonomyWinsOverLifecycleAndInformalNames_C06() {
        assertThat(of("End of Support", "2027-01-01", "cdx:lifecycle:milestone:endOfSupport", "2028-01-01",
                "cdx:fda:end-of-support-date", "2029-01-01", "level of support", "abandoned",
                "cdx:fda:level-of-support", "actively maintained"))
                .isEqualTo(new Support("actively maintained", LocalDate.of(2029, 1, 1)));
        assertThat(of("End of Support", "2027-01-01", "cdx:lifecycle:milestone:endOfSupport", "2028-01-01"))
                .isEqualTo(new Support(null, LocalDate.of(2028, 1, 1)));
    }

    @Test
    void informalNamesIgnoreCaseSpacesHyphensAndUnderscores_C06() {
        assertThat(of("LEVEL_OF_SUPPORT", "no longer maintained", "end-of-support-date", "2030-06-30"))
                .isEqualTo(new Support("no longer maintained", LocalDate.of(2030, 6, 30)));
    }

    @Test
    void endOfSupportThatIsNotADateIsKeptAsText_C06() {
        Support s = of("End-of-Support", "Until hardware support ends");
        assertThat(s.endOfSupport()).isNull();
        assertThat(s.endOfSupportText()).isEqualTo("Until hardware support ends");
        assertThat(s.isStated()).isTrue();
    }

    @Test
    void datesAndTimestampsGiveTheDay() {
        assertThat(SupportStatement.date("2030-01-02")).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(SupportStatement.date("2030-01-02T23:00:00-05:00")).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(SupportStatement.date("2030-01-02T10:00:00")).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(SupportStatement.date("2030-01-02 10:00")).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(SupportStatement.date("2030-01-02xyz")).isNull();
        assertThat(SupportStatement.date("2030-13-01")).isNull();
        assertThat(SupportStatement.date("Q3 2030")).isNull();
        assertThat(SupportStatement.date(null)).isNull();
    }

    @Test
    void nothingStatedIsUnknown() {
        assertThat(of("color", "blue")).isSameAs(Support.UNKNOWN);
        assertThat(Support.UNKNOWN.isStated()).isFalse();
        assertThat(of("cdx:fda:level-of-support", "  ")).isSameAs(Support.UNKNOWN);
    }
}
