/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;

/**
 * Finds the acceptor (665 nm: APC, XL665, d2) and donor (615/620 nm: europium, terbium cryptate) channels of a
 * TR-FRET plate from the emission wavelength or, failing that, the channel's name and label.
 *
 * @param acceptor the 665 nm channel
 * @param donor the 615/620 nm channel
 */
public record TrFretChannels(Channel acceptor, Channel donor) {
    private static final Pattern EX_EM = Pattern.compile("(\\d{3})\\s*/\\s*(\\d{3})");
    private static final Pattern NM = Pattern.compile("(?<!\\d)(\\d{3})(?!\\d)");

    /** The role a raw channel plays in a TR-FRET read. */
    enum Role {
        ACCEPTOR,
        DONOR,
        OTHER
    }

    /** Both channels, when exactly one raw acceptor and one raw donor can be told apart. */
    public static Optional<TrFretChannels> find(Plate plate) {
        List<Channel> raw = plate.channels().stream()
                .filter(c -> c.info().kind() == ChannelKind.RAW)
                .toList();
        List<Channel> acceptors =
                raw.stream().filter(c -> role(c) == Role.ACCEPTOR).toList();
        List<Channel> donors = raw.stream().filter(c -> role(c) == Role.DONOR).toList();
        if (acceptors.size() == 1 && donors.size() == 1) {
            return Optional.of(new TrFretChannels(acceptors.get(0), donors.get(0)));
        }
        return Optional.empty();
    }

    /** Classifies one channel. */
    static Role role(Channel channel) {
        OptionalDouble emission = channel.info().emissionNm();
        if (emission.isPresent()) {
            return byWavelength(emission.getAsDouble());
        }
        String text = (channel.name() + " "
                        + channel.info().attribute(ChannelInfo.KEY_LABEL).orElse(""))
                .toLowerCase(Locale.ROOT);
        Matcher exEm = EX_EM.matcher(text);
        if (exEm.find()) {
            return byWavelength(Double.parseDouble(exEm.group(2)));
        }
        if (text.contains("xl665") || text.contains("apc") || text.contains("acceptor")) {
            return Role.ACCEPTOR;
        }
        if (text.contains("europium") || text.matches(".*\\beu\\b.*") || text.contains("donor")) {
            return Role.DONOR;
        }
        Matcher nm = NM.matcher(text);
        while (nm.find()) {
            Role role = byWavelength(Double.parseDouble(nm.group(1)));
            if (role != Role.OTHER) {
                return role;
            }
        }
        return Role.OTHER;
    }

    private static Role byWavelength(double nm) {
        if (nm >= 650 && nm <= 680) {
            return Role.ACCEPTOR;
        }
        if (nm >= 610 && nm <= 625) {
            return Role.DONOR;
        }
        return Role.OTHER;
    }
}
