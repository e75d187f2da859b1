package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partners depend on the SDK artifact by the version the server reports: the two must not drift apart. */
class SdkVersionTest {

    @Test
    void theArtifactCarriesTheVersionTheServerReports() {
        assertThat(System.getProperty("customerlens.sdk.artifact-version")).as("set by the build")
                .isEqualTo(SdkVersion.CURRENT);
        assertThat(SdkVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+");
    }
}
