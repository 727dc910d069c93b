package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NISTIR 7696 attribute comparison (Table 6-2) and name comparison (Table 6-4). */
class CpeMatchTest {

    /** One row per cell of NISTIR 7696 Table 6-2: source ANY / NA / value / value with wildcards against each target kind. */
    @ParameterizedTest(name = "{0} vs {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *     | *        | EQUAL
            *     | -        | SUPERSET
            *     | foo      | SUPERSET
            *     | fo?      | UNDEFINED
            -     | *        | SUBSET
            -     | -        | EQUAL
            -     | foo      | DISJOINT
            -     | fo*      | UNDEFINED
            foo   | *        | SUBSET
            foo   | -        | DISJOINT
            foo   | foo      | EQUAL
            foo   | bar      | DISJOINT
            foo   | fo?      | UNDEFINED
            fo*   | *        | SUBSET
            fo*   | -        | DISJOINT
            fo*   | foo      | SUPERSET
            fo*   | bar      | DISJOINT
            fo*   | f*       | UNDEFINED
            """)
    void attributeComparisonFollowsTable6dash2(String source, String target, CpeRelation expected) {
        assertThat(CpeMatch.compare(source, target)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft   | microsoft   | EQUAL
            8.*         | 8.0.6001    | SUPERSET
            8.*         | 9.0         | DISJOINT
            8.*         | 18.0        | DISJOINT
            *0          | 8.0         | SUPERSET
            *6001       | 8.0.6001    | SUPERSET
            *.0.*       | 8.0.6001    | SUPERSET
            sp?         | sp2         | SUPERSET
            sp?         | sp          | SUPERSET
            sp?         | sp10        | DISJOINT
            sp??        | sp10        | SUPERSET
            ??5         | 1.5         | SUPERSET
            ??5         | 10.5        | DISJOINT
            ?.5         | 1.5         | SUPERSET
            foo\\*      | foo\\*      | EQUAL
            foo\\*      | foobar      | DISJOINT
            a\\\\*      | a\\\\b      | SUPERSET
            2.1\\:3     | 2.1\\:3     | EQUAL
            """)
    void wildcardsQuotingAndCaseFollowTheMatchingAlgorithm(String source, String target, CpeRelation expected) {
        assertThat(CpeMatch.compare(source, target)).isEqualTo(expected);
    }

    @Test
    void aVersionedNameIsASubsetOfTheUnversionedName() {
        Cpe source = Cpe.parse("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");
        Cpe target = Cpe.parse("cpe:2.3:a:microsoft:internet_explorer:*:*:*:*:*:*:*:*");
        assertThat(CpeMatch.isSubset(source, target)).isTrue();
        assertThat(CpeMatch.isSuperset(source, target)).isFalse();
        assertThat(CpeMatch.isSuperset(target, source)).isTrue();
        assertThat(CpeMatch.isEqual(source, target)).isFalse();
        assertThat(CpeMatch.isDisjoint(source, target)).isFalse();
        assertThat(CpeMatch.isEqual(source, Cpe.parse("cpe:/a:Microsoft:Internet_Explorer:8.0.6001:beta"))).isTrue();
    }

    @Test
    void namesWithAnNaEditionAgainstAValueAreDisjoint() {
        Cpe source = Cpe.parse("cpe:2.3:a:adobe:*:9.*:*:PalmOS:*:*:*:*:*");
        Cpe target = Cpe.parse("cpe:/a::Reader:9.3.2:-:-");
        assertThat(CpeMatch.compareAll(source, target)).containsExactly(
                CpeRelation.EQUAL, CpeRelation.SUBSET, CpeRelation.SUPERSET, CpeRelation.SUPERSET,
                CpeRelation.SUPERSET, CpeRelation.DISJOINT, CpeRelation.EQUAL, CpeRelation.EQUAL,
                CpeRelation.EQUAL, CpeRelation.EQUAL, CpeRelation.EQUAL);
        assertThat(CpeMatch.isDisjoint(source, target)).isTrue();
        assertThat(CpeMatch.isEqual(source, target)).isFalse();
        assertThat(CpeMatch.isSubset(source, target)).isFalse();
        assertThat(CpeMatch.isSuperset(source, target)).isFalse();
    }

    @Test
    void nvdCriteriaMatchAComponentTheyAreASupersetOf() {
        Cpe criteria = Cpe.parse("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*");
        assertThat(CpeMatch.isSuperset(criteria, Cpe.parse("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*"))).isTrue();
        assertThat(CpeMatch.isSuperset(criteria, Cpe.parse("cpe:2.3:a:apache:log4net:2.0.8:*:*:*:*:*:*:*"))).isFalse();
        assertThat(CpeMatch.isSuperset(Cpe.parse("cpe:2.3:o:linux:linux_kernel:5.*:*:*:*:*:*:*:*"),
                Cpe.parse("cpe:2.3:o:linux:linux_kernel:5.10.1:*:*:*:*:*:*:*"))).isTrue();
        // a target with wildcards is UNDEFINED, never a match
        assertThat(CpeMatch.isSuperset(criteria, Cpe.parse("cpe:2.3:a:apache:log4j:2.*:*:*:*:*:*:*:*"))).isFalse();
        // an NA in the component where the criteria name a value
        assertThat(CpeMatch.isSuperset(Cpe.parse("cpe:2.3:a:apache:tomcat:9.0:*:*:*:*:*:*:*"),
                Cpe.parse("cpe:2.3:a:apache:tomcat:-:*:*:*:*:*:*:*"))).isFalse();
    }

    @Test
    void invalidAttributeValuesAreRejected() {
        assertThatThrownBy(() -> CpeMatch.compare("fo*o", "foo")).isInstanceOf(InvalidCpeException.class);
        assertThatThrownBy(() -> CpeMatch.compare("foo", "")).isInstanceOf(InvalidCpeException.class);
    }
}
