package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private final List<ParameterSpec> specs = List.of(
            ParameterSpec.integer("bins", "number of bins", 5, 3, 5),
            ParameterSpec.decimal("weight", "a weight", 0.25, 0, 1),
            ParameterSpec.bool("strict", "strict mode", false),
            ParameterSpec.choice("scheme", "segment scheme", "standard", "standard", "four-class"));

    @Test
    void fillsDefaultsForMissingValues() {
        Parameters parameters = Parameters.resolve(specs, Map.of("bins", 3));

        assertThat(parameters.integer("bins")).isEqualTo(3);
        assertThat(parameters.decimal("weight")).isEqualTo(0.25);
        assertThat(parameters.bool("strict")).isFalse();
        assertThat(parameters.choice("scheme")).isEqualTo("standard");
        assertThat(parameters.canonical()).isEqualTo("bins=3;scheme=standard;strict=false;weight=0.25");
    }

    @Test
    void acceptsWholeNumbersGivenAsDecimalsAndIntegersAsDecimals() {
        Parameters parameters = Parameters.resolve(specs, Map.of("bins", 4.0, "weight", 1));

        assertThat(parameters.integer("bins")).isEqualTo(4);
        assertThat(parameters.decimal("weight")).isEqualTo(1.0);
    }

    @Test
    void equalValuesGiveEqualCanonicalForms() {
        assertThat(Parameters.resolve(specs, Map.of("bins", 5)).canonical())
                .isEqualTo(Parameters.defaults(specs).canonical());
    }

    @Test
    void rejectsOutOfRangeIntegerNamingTheRange() {
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("bins", 7)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'bins' is 7; allowed: an integer from 3 to 5");
    }

    @Test
    void rejectsFractionForInteger() {
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("bins", 3.5)))
                .hasMessageContaining("parameter 'bins' is 3.5");
    }

    @Test
    void rejectsUnknownChoiceListingTheAllowedValues() {
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("scheme", "gold")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'scheme' is \"gold\"; allowed: one of standard, four-class");
    }

    @Test
    void rejectsWrongTypes() {
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("strict", "yes")))
                .hasMessage("parameter 'strict' is \"yes\"; allowed: true or false");
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("weight", "0.3")))
                .hasMessage("parameter 'weight' is \"0.3\"; allowed: a number from 0 to 1");
    }

    @Test
    void rejectsUndeclaredNamesListingTheDeclaredOnes() {
        assertThatThrownBy(() -> Parameters.resolve(specs, Map.of("bns", 3)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("unknown parameter 'bns'; declared parameters: bins, weight, strict, scheme")
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("bns");
    }

    @Test
    void specRejectsAnInvalidDefault() {
        assertThatThrownBy(() -> ParameterSpec.integer("bins", "", 9, 3, 5))
                .isInstanceOf(InvalidParameterException.class);
    }
}
