package org.wego.plugins.agreements.register;

/**
 * An {@link AgreementSection} that asks more than the day when the secretariat terminates an agreement (the
 * notice and its file) and saves it with the move: the page opens its dialog instead of its own.
 */
public interface TerminationDialog {

    /**
     * Opens the dialog for an agreement whose status allows {@link Move#TERMINATE}.
     *
     * @param done run once the agreement was terminated (the page reloads)
     */
    void open(Agreement agreement, Runnable done);
}
