package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsHashTest {

    @Test
    void hashesTheCanonicalJsonWithKeysSorted() {
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("weightR", 1.0);
        unsorted.put("scheme", "standard");
        unsorted.put("bins", 5);
        unsorted.put("weightM", 1.0);
        unsorted.put("weightF", 1.0);

        assertThat(ParamsHash.canonicalJson(unsorted))
                .isEqualTo("{\"bins\":5,\"scheme\":\"standard\",\"weightF\":1.0,\"weightM\":1.0,\"weightR\":1.0}");
        // printf %s '{"bins":5,"scheme":"standard","weightF":1.0,"weightM":1.0,"weightR":1.0}' | sha256sum
        assertThat(ParamsHash.of(unsorted)).isEqualTo("2c79b25ca8608bd3cb5473d3505e779158c94bfdcda8dbe41accc006e321a615");
        // printf %s '{}' | sha256sum
        assertThat(ParamsHash.of(Map.of())).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void anIntegerAndADecimalOfTheSameValueDiffer() {
        assertThat(ParamsHash.of(Map.of("x", 1))).isNotEqualTo(ParamsHash.of(Map.of("x", 1.0)));
    }
}
