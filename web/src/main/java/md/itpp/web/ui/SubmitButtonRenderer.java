package md.itpp.web.ui;

import java.io.IOException;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlCommandButton;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;

import org.primefaces.context.PrimeFacesContext;

/**
 * {@code <itpp:button>}: a form's submit button, written as PrimeFaces writes its buttons
 * ({@code <button class="ui-button ..."><span class="ui-button-text ui-c">}), so it looks the
 * same, but without the widget script PrimeFaces adds to every {@code p:commandButton}: a full
 * post needs none. The layout's sign-out and language buttons are on every page, and with
 * them a page without other PrimeFaces components loads no PrimeFaces script at all; the
 * buttons cost a tenth of the objectives list's CPU as {@code p:commandButton}s. Pass-through
 * attributes ({@code pt:aria-pressed}) are written by the response writer, as for any component.
 * The theme's structural rules for buttons come with it ({@code components.css}); its focus ring,
 * which PrimeFaces' script set with a class, is {@code :focus-visible} in {@code itpp.css}.
 * <p>
 * PrimeFaces refuses a post without the page's CSP nonce ({@code primefaces.nonce}), which its
 * script adds to every form it sees: the first such button of a form writes it as a hidden field,
 * so the form posts without any script (and for clients that run none).
 */
@FacesRenderer(componentFamily = "jakarta.faces.Command", rendererType = SubmitButtonRenderer.TYPE)
@ResourceDependency(library = "primefaces", name = "components.css")
public class SubmitButtonRenderer extends Renderer<HtmlCommandButton> {

    public static final String TYPE = "md.itpp.web.SubmitButton";
    public static final String CLASSES = "ui-button ui-widget ui-state-default ui-button-text-only";
    static final String NONCE = "primefaces.nonce";
    /** Request attribute prefix: the forms whose nonce field is written. */
    private static final String NONCE_WRITTEN = SubmitButtonRenderer.class.getName() + ".nonce:";

    /** Clicked when the post names the button (a submit button sends its name only when it was used). */
    @Override
    public void decode(FacesContext context, HtmlCommandButton button) {
        if (!button.isDisabled()
                && context.getExternalContext().getRequestParameterMap().containsKey(button.getClientId(context))) {
            button.queueEvent(new ActionEvent(context, button));
        }
    }

    @Override
    public void encodeEnd(FacesContext context, HtmlCommandButton button) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writeNonce(context, writer, button);
        String clientId = button.getClientId(context);
        writer.startElement("button", button);
        writer.writeAttribute("id", clientId, "id");
        writer.writeAttribute("name", clientId, "clientId");
        writer.writeAttribute("type", "submit", null);
        String styleClass = button.getStyleClass();
        writer.writeAttribute("class", styleClass == null ? CLASSES : CLASSES + " " + styleClass, "styleClass");
        if (button.getLang() != null) {
            writer.writeAttribute("lang", button.getLang(), "lang");
        }
        if (button.getTitle() != null) {
            writer.writeAttribute("title", button.getTitle(), "title");
        }
        if (button.isDisabled()) {
            writer.writeAttribute("disabled", "disabled", "disabled");
        }
        writer.startElement("span", null);
        writer.writeAttribute("class", "ui-button-text ui-c", null);
        Object value = button.getValue();
        writer.writeText(value == null ? "" : value.toString(), button, "value");
        writer.endElement("span");
        writer.endElement("button");
    }

    /**
     * Writes the page's CSP nonce as a hidden field of the component's form, once per form: for
     * any component that writes a submit button of its own ({@code ResolutionRows}).
     */
    public static void writeNonce(FacesContext context, ResponseWriter writer, UIComponent button)
            throws IOException {
        UIComponent form = button.getParent();
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        String key = NONCE_WRITTEN + (form == null ? "" : form.getClientId(context));
        if (context.getAttributes().putIfAbsent(key, Boolean.TRUE) == null) {
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
