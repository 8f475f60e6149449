/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An acoustic dispenser's transfer log: its key/value header (Run ID, Run Date/Time, instrument …) and every
 * transfer, failed ones included.
 *
 * @param header key/value lines before and after the tables, in file order
 * @param transfers all transfers in log order; each route appears once (a failure listed in both [EXCEPTIONS] and
 *     [DETAILS] is one failed transfer)
 */
public record EchoTransferLog(Map<String, String> header, List<EchoTransfer> transfers) {
    public EchoTransferLog {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        transfers = List.copyOf(transfers);
    }

    /** Destination plates in order of first transfer. */
    public Set<String> destinationPlates() {
        Set<String> plates = new LinkedHashSet<>();
        transfers.forEach(t -> plates.add(t.destinationPlate()));
        return plates;
    }

    /** The failed transfers. */
    public List<EchoTransfer> failures() {
        return transfers.stream().filter(EchoTransfer::isFailed).toList();
    }
}
