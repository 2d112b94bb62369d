package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.epochlab.export.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCommandTest {

    @TempDir
    Path dir;

    @Test
    void withNoNameItListsEveryLessonWithItsQuestion() {
        CommandRun run = CommandRun.of("lesson");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(7);
        assertThat(run.outLines().get(0)).startsWith("epoch ").endsWith("?");
        assertThat(run.out()).contains("zero-init ", "What happens if we set all the weights to zero instead of random?",
                "width-sweep ");
    }

    @Test
    void aLessonWritesItsWorksheetOverlayAndEveryRunsFilesAndChart() throws IOException {
        Path out = dir.resolve("lr");

        CommandRun run = CommandRun.of("lesson", "learning-rate", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("run 3/4: lr-too-large", "diverged", "seen: Learning rate 10",
                "worksheet: " + out.resolve("lesson.md"));
        String md = Files.readString(out.resolve("lesson.md"));
        assertThat(md).startsWith("# Does it depend on the optimizer").contains("**Seen:**", "](overlay.png)",
                "](optimizer-adam/loss.png)");
        for (String preset : new String[] {"lr-too-small", "lr-good", "lr-too-large", "optimizer-adam"}) {
            for (String file : RunFiles.ALL) {
                assertThat(out.resolve(preset).resolve(file)).as(preset + "/" + file).isRegularFile();
            }
            assertDrawn(out.resolve(preset).resolve("loss.png"));
        }
        BufferedImage overlay = assertDrawn(out.resolve("overlay.png"));
        assertThat(overlay.getWidth()).isEqualTo(1000);
    }

    @Test
    void theSweepLessonDrawsLossAgainstWidth() throws IOException {
        Path out = dir.resolve("sweep");

        CommandRun run = CommandRun.of("lesson", "width-sweep", "--out", out.toString(), "--seeds", "101,102,103,104");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertDrawn(out.resolve("sweep.png"));
        assertThat(out.resolve("overlay.png")).doesNotExist();
        String md = Files.readString(out.resolve("lesson.md"));
        assertThat(md).contains("](sweep.png)", "split 101, data 102, init 103, shuffle 104",
                "--set splitSeed=101 --set dataSeed=102");
        assertThat(Files.readString(out.resolve("sweep-width-8").resolve("config.json"))).contains("\"initSeed\" : 103");
    }

    @Test
    void anUnknownLessonIsBadInputNamingTheLessons() {
        CommandRun run = CommandRun.of("lesson", "epochs", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown lesson 'epochs'", "epoch, how-many-epochs");
    }

    @Test
    void aLessonWithoutAnOutputFolderOrWithBadSeedsIsBadInput() {
        assertThat(CommandRun.of("lesson", "epoch").err()).contains("needs --out DIR");
        assertThat(CommandRun.of("lesson", "epoch").exitCode()).isEqualTo(2);
        CommandRun seeds = CommandRun.of("lesson", "epoch", "--out", dir.toString(), "--seeds", "1,2,3");
        assertThat(seeds.exitCode()).isEqualTo(2);
        assertThat(seeds.err()).contains("--seeds needs 4 numbers");
    }

    @Test
    void presetsListsTheLessonPresets() {
        CommandRun run = CommandRun.of("presets");

        assertThat(run.out()).contains("epoch-full-batch", "zero-init-sigmoid", "lr-too-large", "sweep-width-64");
    }

    @Test
    void aLessonRunTrainsAloneAsAPreset() throws IOException {
        Path out = dir.resolve("alone");

        CommandRun run = CommandRun.of("train", "--preset", "lr-too-large", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("trained 2 epochs (diverged at epoch 2: try a smaller learningRate)");
        assertThat(Files.readString(out.resolve(RunFiles.SUMMARY))).contains("\"stop_reason\" : \"diverged\"");
    }

    /** Decodes the PNG and checks that it holds a drawing: many colours, not one blank fill. */
    private static BufferedImage assertDrawn(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png.toString()).isNotNull();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as(png.toString()).hasSizeGreaterThan(20);
        return image;
    }
}
