package md.itpp.ear.cluster;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One Faces form of a page as a browser would post it: every field with its current value
 * (inputs, text areas, the chosen options, ticked boxes; jsoup reads them as a browser does), the
 * view state, and PrimeFaces' CSP nonce, which its script adds to every post.
 */
final class FacesForm {

    private final String action;
    private final String formId;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private FacesForm(String action, String formId) {
        this.action = action;
        this.formId = formId;
    }

    /** The form, or {@code null} when the page does not have it (e.g. an action not offered). */
    static FacesForm of(String html, String formId) {
        Document page = Jsoup.parse(html);
        Element element = page.getElementById(formId);
        if (!(element instanceof FormElement form)) {
            return null;
        }
        FacesForm result = new FacesForm(URI.create(form.attr("action")).getRawPath()
                + (URI.create(form.attr("action")).getRawQuery() == null ? "" : "?" + URI.create(form.attr("action")).getRawQuery()),
                formId);
        form.formData().forEach(field -> result.fields.put(field.key(), field.value()));
        Element script = page.selectFirst("script[nonce]");
        if (script != null) {
            result.fields.putIfAbsent("primefaces.nonce", script.attr("nonce"));
        }
        return result;
    }

    /** Whether the page offers the button with this id (inside the form). */
    static boolean offers(String html, String buttonId) {
        return Jsoup.parse(html).getElementById(buttonId) != null;
    }

    String action() {
        return action;
    }

    FacesForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** The fields of a full-page post by the button with this id. */
    Map<String, String> pressing(String buttonId) {
        Map<String, String> post = new LinkedHashMap<>(fields);
        post.put(buttonId, "");
        return post;
    }

    /** The fields of PrimeFaces' ajax post by the button with this id, processing and updating the form. */
    Map<String, String> ajaxPressing(String buttonId) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", buttonId);
        post.put("jakarta.faces.partial.execute", formId);
        post.put("jakarta.faces.partial.render", formId);
        post.put(buttonId, buttonId);
        post.putAll(fields);
        return post;
    }
}
