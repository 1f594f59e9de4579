package md.itpp.web.consultation;

import java.io.IOException;

import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;

import md.itpp.web.consultation.RoundBean.Line;

/**
 * {@code <itpp:resolutionCells value="#{roundPage.openLine}"/>}: the first four cells of the row
 * of a round's comment-resolution table that is open for its disposition, written as
 * {@link ResolutionRows} writes them for every other row (one markup for both).
 */
@FacesRenderer(componentFamily = UIOutput.COMPONENT_FAMILY, rendererType = ResolutionCellsRenderer.TYPE)
public class ResolutionCellsRenderer extends Renderer<UIOutput> {

    public static final String TYPE = "md.itpp.web.ResolutionCells";

    @Override
    public void encodeEnd(FacesContext context, UIOutput component) throws IOException {
        if (component.getValue() instanceof Line line) {
            StringBuilder html = new StringBuilder(1024);
            ResolutionRows.appendCells(html, line, ResolutionRows.proposedWordingLabel());
            context.getResponseWriter().write(html.toString());
        }
    }
}
