package io.customerlens.playbook;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.web.InputChecks;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a playbook's content against the model it is for: segment codes the model declares (segmentation), or
 * non-overlapping bands within its scale (satisfaction, loyalty), and every action's fields.
 */
final class PlaybookChecks {

    static final int MAX_ACTIONS = 10;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,49}");
    private static final Duration MAX_DUE = Duration.ofDays(366);

    private PlaybookChecks() {
    }

    /** Records every problem of the content in {@code checks}, with fields relative to its argument. */
    static void check(InputChecks checks, ModelDescriptor model, List<SegmentPlay> segments, List<BandPlay> bands) {
        if (model.family() == ModelFamily.SEGMENTATION) {
            checks.require(bands.isEmpty(), "bands", "must be empty: '" + model.id()
                    + "' is a segmentation model; give its actions per segment");
            checkSegments(checks, model, segments);
        } else {
            checks.require(segments.isEmpty(), "segments", "must be empty: '" + model.id() + "' is a "
                    + model.family().name().toLowerCase() + " model; give its actions per value band");
            checkBands(checks, model.scale(), bands);
        }
    }

    private static void checkSegments(InputChecks checks, ModelDescriptor model, List<SegmentPlay> segments) {
        Set<String> declared = model.segments().stream().map(SegmentDefinition::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPlay play = segments.get(i);
            String field = "segments[" + i + "]";
            checks.require(play.segment() != null && declared.contains(play.segment()), field + ".segment",
                    "must be a segment of '" + model.id() + "': one of " + String.join(", ", declared)
                            + (play.segment() == null ? "" : " (got '" + play.segment() + "')"))
                    .require(play.segment() == null || seen.add(play.segment()), field + ".segment",
                            "repeats segment '" + play.segment() + "'");
            checkActions(checks, field, play.actions());
        }
    }

    private static void checkBands(InputChecks checks, Scale scale, List<BandPlay> bands) {
        String range = "within the model's scale " + number(scale.min()) + " to " + number(scale.max());
        for (int i = 0; i < bands.size(); i++) {
            BandPlay band = bands.get(i);
            String field = "bands[" + i + "]";
            checks.text(band.label(), field + ".label", 100)
                    .require(band.min() >= scale.min() && band.min() <= scale.max(), field + ".min", "must be " + range
                            + " (got " + number(band.min()) + ")")
                    .require(band.max() >= scale.min() && band.max() <= scale.max(), field + ".max", "must be " + range
                            + " (got " + number(band.max()) + ")")
                    .require(band.max() > band.min(), field + ".max", "must be above min (" + number(band.min()) + ")");
            checkActions(checks, field, band.actions());
        }
        List<BandPlay> ordered = new ArrayList<>(bands);
        ordered.sort(Comparator.comparingDouble(BandPlay::min));
        for (int i = 1; i < ordered.size(); i++) {
            BandPlay before = ordered.get(i - 1);
            BandPlay after = ordered.get(i);
            checks.require(after.min() >= before.max(), "bands", "must not overlap: '" + before.label() + "' ("
                    + number(before.min()) + " to " + number(before.max()) + ") and '" + after.label() + "' ("
                    + number(after.min()) + " to " + number(after.max()) + ")");
        }
    }

    private static void checkActions(InputChecks checks, String entry, List<Action> actions) {
        checks.require(actions.size() <= MAX_ACTIONS, entry + ".actions", "must hold at most " + MAX_ACTIONS + " actions");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            String field = entry + ".actions[" + i + "]";
            checks.require(action.code() != null && CODE.matcher(action.code()).matches(), field + ".code",
                            "must be 1-50 lower-case letters, digits or -, starting with a letter")
                    .require(action.code() == null || codes.add(action.code()), field + ".code",
                            "repeats action '" + action.code() + "' of the same entry")
                    .text(action.title(), field + ".title", 100)
                    .optionalText(action.description(), field + ".description", 1000)
                    .require(action.channel() != null, field + ".channel", "is required")
                    .range(action.priority(), 1, 5, field + ".priority")
                    .require(validDue(action.dueWithin()), field + ".dueWithin",
                            "must be an ISO-8601 duration from PT1M to P366D, e.g. PT4H or P7D (got '"
                                    + action.dueWithin() + "')");
        }
    }

    private static boolean validDue(String due) {
        if (due == null) {
            return true;
        }
        try {
            Duration duration = Duration.parse(due);
            return duration.compareTo(Duration.ofMinutes(1)) >= 0 && duration.compareTo(MAX_DUE) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
