package io.customerlens.playbook;

import graphql.relay.DefaultConnection;
import io.customerlens.scoring.ModelView;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.security.Caller;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Recommended actions on segments and scores, and the playbooks behind them. */
@Controller
class PlaybookController {

    private final PlaybookCatalog catalog;
    private final PlaybookStore store;
    private final ApiProperties api;

    PlaybookController(PlaybookCatalog catalog, PlaybookStore store, ApiProperties api) {
        this.catalog = catalog;
        this.store = store;
        this.api = api;
    }

    @SchemaMapping(typeName = "Segment", field = "recommendedActions")
    List<Action> segmentActions(SegmentView segment) {
        return catalog.actions(segment);
    }

    @SchemaMapping(typeName = "Score", field = "recommendedActions")
    List<Action> scoreActions(ScoreView score) {
        return catalog.actions(score);
    }

    @SchemaMapping(typeName = "Model", field = "playbook")
    Playbook modelPlaybook(ModelView model) {
        return catalog.current().get(model.id());
    }

    @QueryMapping
    Playbook playbook(@Argument String model) {
        return catalog.current().get(model);
    }

    @QueryMapping
    List<Playbook> playbooks() {
        return catalog.current().values().stream().sorted(java.util.Comparator.comparing(Playbook::model)).toList();
    }

    @QueryMapping
    DefaultConnection<Playbook> playbookHistory(@Argument String model, @Argument Integer first, @Argument String after) {
        int size = Connections.pageSize(first, api.maxPageSize());
        Integer before = Connections.numberKey(after, "after");
        return Connections.of(store.history(model, before, size + 1), size, before != null,
                playbook -> String.valueOf(playbook.version()));
    }

    @MutationMapping
    Playbook savePlaybook(@Argument SavePlaybookInput input,
                          @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return catalog.save(input, Caller.nameOf(caller));
    }
}
