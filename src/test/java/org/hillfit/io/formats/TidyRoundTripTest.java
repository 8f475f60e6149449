/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.report.TidyCsvWriter;
import org.hillfit.testing.FuzzTries;

/**
 * Our CSV writer and reader round-trip any plate (STYLE.md "Tests"): {@code hillfit convert}'s tidy table, read
 * back by {@link GenericListImporter}, gives every channel's values bit for bit and every flag. The tidy table does
 * not say the plate size, so a plate comes back as the smallest format holding its wells, with its channels in the
 * order they first appear (a channel first measured in a later well comes later); names must not start
 * with an apostrophe or a blank, which spreadsheet-safe CSV cannot tell from its own quoting.
 */
class TidyRoundTripTest implements AutoCloseable {
    private static final List<String> NAMES =
            List.of("665", "Acceptor 665 nm", "=SUM(A1)", "-5", "@x", "a,b", "say \"hi\"", "#1", "µ-counts", "Ratio");

    private final Path dir;

    TidyRoundTripTest() throws IOException {
        dir = Files.createTempDirectory("hillfit-roundtrip");
    }

    @Property
    @AddLifecycleHook(FuzzTries.class)
    void tidyCsvRoundTripsAnyPlate(@ForAll("plates") List<Plate> plates) throws IOException, ImportException {
        Path file = dir.resolve("tidy.csv");
        TidyCsvWriter.write(plates, file);
        List<Plate> back =
                new GenericListImporter().read(file, ImportContext.defaults()).plates();
        List<Plate> written = plates.stream().filter(p -> present(p) > 0).toList();
        assertEquals(written.size(), back.size());
        for (int i = 0; i < written.size(); i++) {
            assertSamePlate(written.get(i), back.get(i));
        }
    }

    private static void assertSamePlate(Plate expected, Plate actual) {
        assertEquals(expected.name(), actual.name());
        List<String> channels = expected.channels().stream()
                .filter(c -> c.presentCount() > 0)
                .map(Channel::name)
                .toList();
        assertEquals(Set.copyOf(channels), Set.copyOf(actual.channelNames()));
        for (String name : channels) {
            Channel e = expected.channel(name).orElseThrow();
            Channel a = actual.channel(name).orElseThrow();
            for (WellId well : expected.format().wells()) {
                boolean fits = actual.format().contains(well);
                assertTrue(fits || !e.isPresent(well), "well " + well + " lost");
                if (!fits) {
                    continue;
                }
                assertEquals(
                        e.marker(well).map(WellMarker::flag), a.marker(well).map(WellMarker::flag), "" + well);
                double ev = e.valueAt(well);
                double av = a.valueAt(well);
                assertTrue(ev == av || (Double.isNaN(ev) && Double.isNaN(av)), well + ": " + ev + " → " + av);
            }
        }
    }

    private static int present(Plate plate) {
        return plate.channels().stream().mapToInt(Channel::presentCount).sum();
    }

    @Provide
    Arbitrary<List<Plate>> plates() {
        return plate().list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .uniqueElements(Plate::name)
                .map(list -> {
                    PlateFormat format = list.get(0).format();
                    return list.stream().filter(p -> p.format() == format).toList(); // one file, one plate size
                });
    }

    private static Arbitrary<Plate> plate() {
        Arbitrary<double[]> cell = Arbitraries.oneOf(
                Arbitraries.doubles().map(v -> new double[] {v}),
                Arbitraries.of(0.0, -0.0, 1e-320, 1e308, -123.456, 0.1, 3e-9).map(v -> new double[] {v}));
        return Combinators.combine(
                        Arbitraries.of(NAMES),
                        Arbitraries.of(PlateFormat.values()),
                        Arbitraries.of(NAMES).set().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.longs())
                .as((name, format, channelNames, seed) -> build(name, format, channelNames, seed));
    }

    private static Plate build(String name, PlateFormat format, Set<String> channelNames, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Channel> channels = new ArrayList<>();
        for (String channel : new LinkedHashSet<>(channelNames)) {
            double[] values = new double[format.wellCount()];
            Arrays.fill(values, Double.NaN);
            Map<WellId, WellMarker> markers = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    values[i] = kind == 0 ? random.nextGaussian() * 1e-300 : random.nextDouble() * 1e5;
                } else if (kind == 6) {
                    WellFlag flag = WellFlag.values()[random.nextInt(WellFlag.values().length)];
                    markers.put(format.wellAt(i), new WellMarker(flag, "x"));
                }
            }
            channels.add(new Channel(channel, ChannelInfo.RAW, format, values, markers));
        }
        return new Plate(name, format, channels, Map.of());
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(dir.resolve("tidy.csv"));
        Files.deleteIfExists(dir);
    }
}
