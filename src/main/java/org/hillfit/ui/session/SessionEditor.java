/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.hillfit.job.CancellationToken;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.SessionHistory;
import org.hillfit.ui.task.LatestJobScheduler;

/**
 * Applies edits (mask, unmask, accept, reject, settings, undo, redo) to the session off the FX thread, through the
 * latest-wins scheduler. Edits made in quick succession are not lost: each request carries every edit not yet
 * shown, applied in order to the last session shown, so a newer request supersedes an older one by doing its work
 * and more. Each edit stays its own undo step. Only the newest result reaches the {@link SessionModel}, on the FX
 * thread; an edit the core refuses (every neutral control masked …) is reported and the ones before it are kept.
 */
public final class SessionEditor {

    /** One change to the history: usually {@code h -> h.push(h.present().maskWells(…))}, or undo/redo. */
    @FunctionalInterface
    public interface Edit {
        /**
         * The history after the edit.
         *
         * @throws AnalysisException when the core refuses the edit (the plate could not be analysed any more)
         */
        SessionHistory apply(SessionHistory history) throws AnalysisException;
    }

    /** The history after the edits that could be made, and why the next one could not. */
    record Outcome(SessionHistory history, int applied, Optional<String> refusal) {}

    private final SessionModel model;
    private final LatestJobScheduler<Outcome> scheduler;
    private final Feedback feedback;
    private final List<Edit> pending = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param executor where edits are computed
     * @param fxThread how results reach the FX thread ({@code Platform::runLater}; tests pass {@code Runnable::run})
     */
    public SessionEditor(
            SessionModel model, ScheduledExecutorService executor, Consumer<Runnable> fxThread, Feedback feedback) {
        this.model = model;
        this.scheduler = new LatestJobScheduler<>(executor, 0, fxThread);
        this.feedback = feedback;
    }

    /** Queues an edit of the open session (ignored when none is open). Call on the FX thread. */
    public void submit(Edit edit) {
        Optional<SessionHistory> base = model.history();
        if (base.isEmpty()) {
            return;
        }
        pending.add(edit);
        List<Edit> edits = List.copyOf(pending);
        SessionHistory from = base.get();
        busy.set(true);
        scheduler.request((progress, token) -> run(from, edits, token), this::deliver, this::failed);
    }

    /** True while edits are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    static Outcome run(SessionHistory from, List<Edit> edits, CancellationToken token) {
        SessionHistory history = from;
        int applied = 0;
        for (Edit edit : edits) {
            token.throwIfCancelled();
            try {
                history = edit.apply(history);
                applied++;
            } catch (AnalysisException | IllegalArgumentException | IllegalStateException e) {
                // The core refuses edits it cannot make (a well not masked by a person, nothing to undo) with
                // these; the user is told why and the session stays as it was before this edit.
                return new Outcome(history, applied, Optional.of(e.getMessage()));
            }
        }
        return new Outcome(history, applied, Optional.empty());
    }

    private void deliver(Outcome outcome) {
        pending.clear();
        busy.set(false);
        boolean changed = model.history().map(h -> h != outcome.history()).orElse(false);
        if (outcome.applied() > 0 && changed) {
            model.apply(outcome.history());
            feedback.status(ChangeText.latest(outcome.history().present().audit()));
        }
        outcome.refusal().ifPresent(why -> feedback.problem("The change was not made", why));
    }

    private void failed(String message) {
        pending.clear();
        busy.set(false);
        feedback.problem("The change was not made", message);
    }
}
