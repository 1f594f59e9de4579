package md.itpp.web.ui;

import java.io.IOException;
import java.util.List;

import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;

/**
 * {@code <itpp:options value="#{bean.choices}"/>}: the {@code <option>}s of a plain HTML
 * {@code <select>} of a form read with GET, one per {@link Choice}, written straight from the
 * list. The same options written by {@code ui:repeat} cost three expressions an option, each
 * naming the loop's variable through every resolver of the page: the objectives list's filter
 * form, most of it these options, cost a sixth of the list's CPU (a variant without it).
 */
@FacesRenderer(componentFamily = UIOutput.COMPONENT_FAMILY, rendererType = OptionsRenderer.TYPE)
public class OptionsRenderer extends Renderer<UIOutput> {

    public static final String TYPE = "md.itpp.web.Options";

    @Override
    public void encodeEnd(FacesContext context, UIOutput component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        for (Choice choice : choices(component)) {
            writer.startElement("option", null);
            writer.writeAttribute("value", choice.value(), null);
            if (choice.selected()) {
                writer.writeAttribute("selected", "selected", null);
            }
            writer.writeText(choice.label(), null);
            writer.endElement("option");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Choice> choices(UIOutput component) {
        Object value = component.getValue();
        return value == null ? List.of() : (List<Choice>) value;
    }
}
