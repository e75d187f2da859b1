package io.customerlens.playbook;

import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.scoring.UnknownModelException;
import io.customerlens.web.InputChecks;
import io.customerlens.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The current playbook of every model, held in memory so that resolving the actions of a whole page of customers
 * reads nothing from the store: reloaded after an edit on this server and after
 * {@code customerlens.playbooks.reload-interval}. Loading also stores the shipped default of every model that has
 * no playbook yet, as version 1; a model that has one, edited or not, keeps it.
 */
@Service
public class PlaybookCatalog implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlaybookCatalog.class);

    private record Loaded(Map<String, Playbook> byModel, Instant at) {
    }

    private final PlaybookStore store;
    private final ModelRegistry registry;
    private final PlaybookProperties properties;
    private final Clock clock;
    private final List<PlaybookDefaults.Entry> defaults = PlaybookDefaults.load();
    private volatile Loaded loaded;

    PlaybookCatalog(PlaybookStore store, ModelRegistry registry, PlaybookProperties properties, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            current();
        } catch (DataAccessResourceFailureException e) {
            log.warn("The store is unavailable; default playbooks are stored at first use: {}", e.getMessage());
        }
    }

    /** @return the actions for the customer's segment, most urgent first */
    public List<Action> actions(SegmentView segment) {
        Playbook playbook = current().get(segment.model().id());
        return playbook == null ? List.of() : playbook.forSegment(segment.code());
    }

    /** @return the actions for the score's band; none for a score without a value */
    public List<Action> actions(ScoreView score) {
        Playbook playbook = current().get(score.model().id());
        return playbook == null ? List.of() : playbook.forValue(score.value());
    }

    /** @return the current playbook of every model, by model id */
    public Map<String, Playbook> current() {
        Loaded now = loaded;
        return fresh(now) ? now.byModel() : reload().byModel();
    }

    private boolean fresh(Loaded held) {
        return held != null && !held.at().plus(properties.reloadInterval()).isBefore(clock.instant());
    }

    /** Forgets what is held in memory, e.g. after the collection was changed behind the server's back. */
    public void invalidate() {
        loaded = null;
    }

    /**
     * Stores the next version of a model's playbook.
     *
     * @throws InvalidInputException for an unknown model, invalid content, or when {@code expectedVersion} is not
     *                               the current version (someone else saved in between)
     */
    Playbook save(SavePlaybookInput input, String editor) {
        RegisteredModel model;
        try {
            model = registry.get(input.model());
        } catch (UnknownModelException e) {
            throw new InvalidInputException("input.model", e.getMessage());
        }
        List<SegmentPlay> segments = input.segments() == null ? List.of() : input.segments();
        List<BandPlay> bands = input.bands() == null ? List.of() : input.bands();
        InputChecks checks = InputChecks.of("input").optionalText(input.note(), "note", 500);
        PlaybookChecks.check(checks, model.descriptor(), segments, bands);
        checks.throwIfInvalid();
        current(); // stores the defaults of models that have no playbook yet, so an edit builds on them
        Playbook current = store.current(model.id());
        int version = current == null ? 0 : current.version();
        if (input.expectedVersion() != version) {
            throw conflict(input, current);
        }
        try {
            Playbook saved = store.insert(new Playbook(null, model.id(), version + 1, segments, bands, input.note(),
                    editor, clock.instant()));
            invalidate();
            return saved;
        } catch (DuplicateKeyException raced) {
            throw conflict(input, store.current(model.id()));
        }
    }

    private static InvalidInputException conflict(SavePlaybookInput input, Playbook current) {
        String state = current == null ? "has none yet (use 0)"
                : "is at version " + current.version() + ", saved by " + current.editedBy() + " at " + current.editedAt();
        return new InvalidInputException("input.expectedVersion", "is " + input.expectedVersion() + " but the playbook of '"
                + input.model() + "' " + state + "; load the current version and apply the change to it");
    }

    private synchronized Loaded reload() {
        if (fresh(loaded)) {
            return loaded;
        }
        Map<String, Playbook> stored = store.current();
        for (PlaybookDefaults.Entry entry : defaults) {
            if (!stored.containsKey(entry.model())) {
                try {
                    store.insert(new Playbook(null, entry.model(), 1, entry.segments(), entry.bands(),
                            "shipped default", Playbook.DEFAULTS, clock.instant()));
                } catch (DuplicateKeyException raced) {
                    // another server, or an admin, stored a first version meanwhile: theirs stands
                }
            }
        }
        if (defaults.stream().anyMatch(entry -> !stored.containsKey(entry.model()))) {
            stored.clear();
            stored.putAll(store.current());
        }
        Loaded fresh = new Loaded(Map.copyOf(stored), clock.instant());
        loaded = fresh;
        return fresh;
    }
}
