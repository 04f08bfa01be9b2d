package org.coproduction.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium} package, installed by {@code .ci/run}) for looking at the
 * HTML the examples produce as a person would. Required in CI; skipped on a machine without Chromium.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Skips the calling test when Chromium is not installed, unless running in CI, where it must be. */
    public static void require() {
        if (!Files.isExecutable(BINARY)) {
            if (System.getenv("CI") != null) {
                fail("Chromium is required in CI: .ci/run installs Debian's chromium package");
            }
            Assumptions.assumeTrue(false, "Chromium is not installed (apt-get install chromium)");
        }
    }

    private static String run(List<String> extra, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(extra);
        command.add(page.toUri().toString());
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in 120 s");
            assertEquals(0, process.exitValue(), "Chromium exit code");
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            // The profile is Chromium's working state for this one run; left behind, one piles up per run.
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The page's DOM after Chromium has parsed and laid it out.
     *
     * @param page  the HTML file
     * @return the serialised DOM
     * @throws Exception if Chromium fails
     */
    public static String dumpDom(Path page) throws Exception {
        return run(List.of("--dump-dom"), page);
    }

    /**
     * The page's DOM after its scripts have run for up to 30 s of virtual time, in a window of a given width
     * (for pages a test has given a script, such as axe-core's check).
     *
     * @param page  the HTML file
     * @param width  the window width in CSS pixels
     * @return the serialised DOM
     * @throws Exception if Chromium fails
     */
    public static String dumpDomAfterScripts(Path page, int width) throws Exception {
        return run(List.of("--dump-dom", "--virtual-time-budget=30000", "--window-size=" + width + ",2000"), page);
    }

    /**
     * Prints the page to PDF as Chromium's print dialogue would, without the browser's header and footer.
     *
     * @param page  the HTML file
     * @param pdf  where to write the PDF
     * @return the PDF's bytes
     * @throws Exception if Chromium fails or writes no PDF
     */
    public static byte[] printToPdf(Path page, Path pdf) throws Exception {
        run(List.of("--print-to-pdf=" + pdf, "--no-pdf-header-footer"), page);
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 0, "no PDF written");
        return Files.readAllBytes(pdf);
    }

    /**
     * A screenshot of the page.
     *
     * @param page  the HTML file
     * @param png  where to write the screenshot
     * @param height  the window height in pixels
     * @return the screenshot
     * @throws Exception if Chromium fails or writes no picture
     */
    public static BufferedImage screenshot(Path page, Path png, int height) throws Exception {
        run(List.of("--screenshot=" + png, "--window-size=1000," + height), page);
        assertTrue(Files.size(png) > 0, "no screenshot written");
        return ImageIO.read(png.toFile());
    }

    /**
     * How many pixels of the picture have exactly this colour.
     *
     * @param image  the picture
     * @param rgb  the colour as 0xRRGGBB
     * @return the count
     */
    public static int pixelsOf(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
