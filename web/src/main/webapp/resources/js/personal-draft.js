/*
 * Keeps what is typed in the objective editor as the user's personal draft, in the database:
 * 3 seconds after typing stops, and at once when a field is left. A view that expires or a
 * server that dies then loses nothing that was typed more than a few seconds before; the editor
 * offers it back when opened again. The post is the page's hidden p:remoteCommand
 * (keepPersonalDraft), so it carries the form, the view state and the CSP nonce like any ajax.
 * A file of its own rather than inline script: the page's Content-Security-Policy allows only
 * scripts from the application and those PrimeFaces marks with the nonce.
 */
(function () {
    'use strict';

    var QUIET_MILLISECONDS = 3000;
    var timer = null;
    var changed = false;

    function inEditor(element) {
        return element && element.closest ? element.closest('form.keeps-personal-draft') !== null : false;
    }

    function stopWaiting() {
        if (timer !== null) {
            window.clearTimeout(timer);
            timer = null;
        }
    }

    function keep() {
        stopWaiting();
        if (!changed || typeof window.keepPersonalDraft !== 'function') {
            return;
        }
        changed = false;
        window.keepPersonalDraft();
    }

    function typed(event) {
        if (!inEditor(event.target)) {
            return;
        }
        changed = true;
        stopWaiting();
        timer = window.setTimeout(keep, QUIET_MILLISECONDS);
    }

    // Whether something typed waits to be kept: lets a browser test wait for the autosave
    // rather than for a status line an earlier autosave may already show.
    window.itppPersonalDraftWaiting = function () {
        return changed;
    };

    // Listeners on the document: ajax updates of the form replace its inputs, not the document.
    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);
    document.addEventListener('focusout', function (event) {
        if (inEditor(event.target)) {
            keep();
        }
    }, true);
    // Saving ends the draft and restoring or discarding replaces it: nothing pending may be
    // kept after them. Leaving the field before the click has already sent what was typed.
    document.addEventListener('click', function (event) {
        if (event.target && event.target.closest && event.target.closest('.ends-personal-draft')) {
            stopWaiting();
            changed = false;
        }
    }, true);
}());
