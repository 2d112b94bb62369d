package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;
import org.junit.jupiter.api.Test;

class LessonsTest {

    @Test
    void everyLessonAsksAQuestionAndSaysWhatToTry() {
        assertThat(Lessons.all()).extracting(Lesson::id).containsExactly("epoch", "how-many-epochs", "early-stopping",
                "zero-init", "fighting-overfitting", "learning-rate", "width-sweep");
        for (Lesson lesson : Lessons.all()) {
            assertThat(lesson.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(lesson.title()).as(lesson.id()).contains("?");
            assertThat(lesson.shows()).isNotBlank().doesNotContain("\n");
            assertThat(lesson.tryThis()).isNotEmpty();
            assertThat(lesson.runs()).isNotEmpty();
        }
    }

    @Test
    void everyLessonRunIsAPresetThatPresetsListsAndEveryLessonPresetIsUsed() {
        Set<String> used = new HashSet<>();
        for (Lesson lesson : Lessons.all()) {
            for (LessonRun run : lesson.runs()) {
                assertThat(Presets.find(run.presetName())).as(run.presetName()).contains(run.preset());
                used.add(run.presetName());
            }
        }
        assertThat(Presets.lessonPresets()).extracting(Preset::name).containsExactlyInAnyOrderElementsOf(used);
        assertThat(Presets.all()).containsAll(Presets.lessonPresets());
    }

    @Test
    void theSweepHasOneWidthPerRunAndOnlyTheSweepHasOne() {
        Lesson sweep = Lessons.find("width-sweep").orElseThrow();

        assertThat(sweep.sweepAxis()).isPresent();
        for (int i = 0; i < sweep.runs().size(); i++) {
            assertThat(sweep.runs().get(i).preset().config().hiddenLayers())
                    .containsOnly(sweep.sweep().values().get(i).intValue());
        }
        assertThat(sweep.comparesRuns()).isFalse();
        assertThat(Lessons.all()).filteredOn(l -> l.sweep() != null).containsExactly(sweep);
        assertThat(Lessons.find("how-many-epochs").orElseThrow().comparesRuns()).isFalse();
        assertThat(Lessons.find("zero-init").orElseThrow().comparesRuns()).isTrue();
    }

    @Test
    void aSeedSetReplacesAllFourSeedsAndNothingElse() {
        Preset preset = Presets.find("overfit-noisy").orElseThrow();
        SeedSet seeds = new SeedSet(11, 12, 13, 14);

        var config = seeds.applyTo(preset.config());

        assertThat(SeedSet.of(config)).isEqualTo(seeds);
        assertThat(new SeedSet(preset.config().splitSeed(), preset.config().dataSeed(), preset.config().initSeed(),
                preset.config().shuffleSeed()).applyTo(config)).isEqualTo(preset.config());
        assertThat(SeedSet.shifted(0)).isEqualTo(SeedSet.DEFAULT);
        assertThat(SeedSet.shifted(2)).isEqualTo(new SeedSet(201, 202, 203, 204));
    }

    @Test
    void theWorksheetHasTheQuestionTheRunsTheChartsAndTheFindings() {
        LessonResult result = LessonRuns.run("learning-rate", SeedSet.DEFAULT);

        String md = LessonWorksheet.markdown(result);

        assertThat(md).startsWith("# " + result.lesson().title() + "\n");
        assertThat(md).contains("## Try this, look for that", "| SGD, learning rate 10 | `lr-too-large` | 2 | diverged |",
                "](overlay.png)", "](lr-good/loss.png)", "## What you should have seen");
        for (Finding f : result.findings()) {
            assertThat(md).contains(f.text());
        }
        assertThat(md).doesNotContain("sweep.png");
    }
}
