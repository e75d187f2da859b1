package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import io.customerlens.customer.SortDirection;
import io.customerlens.store.EmbeddedStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The snapshot store contract against the embedded mongo-java-server, which CI always has. */
class EmbeddedSnapshotStoreTest extends SnapshotStoreContract {

    @Autowired(required = false)
    private EmbeddedStore embedded;
    @Autowired
    private ScoreSets sets;

    @Override
    boolean storeExplains() {
        return false;
    }

    /** Should a later mongo-java-server answer explain, this fails, and the contract should check its plans. */
    @Test
    void theEmbeddedServerHasNoExplain() {
        assertThat(embedded).isNotNull();
        population();
        String id = completed(List.of(model("rfm")), null);
        ScoreWalk byRank = ScoreWalk.byScore(sets.find("test", "rfm", null, id, null), SortDirection.DESC);

        assertThatThrownBy(() -> explainCommand(byRank.next(null, 21)))
                .isInstanceOf(MongoCommandException.class)
                .satisfies(e -> assertThat(((MongoCommandException) e).getErrorCode()).isEqualTo(59))
                .hasMessageContaining("no such command: 'explain'");
    }
}
